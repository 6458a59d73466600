using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayProfileTests
{
    [Fact]
    public void Ebay_profile_configuration_is_valid() => new EbayMapper().Configuration.AssertConfigurationIsValid();

    [Fact]
    public void The_saved_sandbox_order_maps_field_by_field()
    {
        var (order, issues) = EbayTestConnector.MapFirstOrder("getOrders.masked-thirdparty.json");

        Assert.Empty(issues);
        Assert.Equal("1********5", order.MarketplaceOrderId);
        Assert.Equal("1***2", order.OrderNumber);
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(OrderFlags.None, order.Flags);
        Assert.Equal("NOT_STARTED/PAID/NONE_REQUESTED", order.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2023, 8, 2, 8, 26, 18, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2023, 8, 2, 8, 35, 1, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal(new Money(100.0m, "EUR"), order.Totals.Items);
        Assert.Equal(new Money(16.26m, "EUR"), order.Totals.Shipping);

        // The 24.41 EUR VAT eBay collected and remits (OSS) is not the seller's tax.
        Assert.Equal(Money.Zero("EUR"), order.Totals.Tax);
        Assert.Equal(Money.Zero("EUR"), order.Totals.Discounts);
        Assert.Equal(new Money(116.26m, "EUR"), order.Totals.Total);
        Assert.Equal(new Buyer { Name = "q********r", Email = "2********@********.com", Phone = "********" }, order.Buyer);
        Assert.Equal(
            new Address { Name = "B********y", Line1 = "C********7", City = "A********e", Region = "M********d", PostalCode = "2***9", CountryCode = "ES" },
            order.ShippingAddress);
        Assert.Equal(FulfilmentChannel.Merchant, order.FulfilmentChannel);
        Assert.Null(order.ShipBy);
        var line = Assert.Single(order.Lines);
        Assert.Equal("1********1", line.MarketplaceLineId);
        Assert.Null(line.Sku);
        Assert.Equal("OSS:UK Bus Seller-IT Loc-Price 123-Regular-SellerVat23%", line.Title);
        Assert.Equal(1, line.Quantity);
        Assert.Equal(new Money(100.0m, "EUR"), line.UnitPrice);
        Assert.Equal(Money.Zero("EUR"), line.Tax);
        Assert.Equal(Money.Zero("EUR"), line.Discount);
    }

    [Fact]
    public void An_order_with_promotions_and_seller_tax_maps_field_by_field()
    {
        var (order, issues) = EbayTestConnector.MapFirstOrder("getOrders.us-discounted.json");

        Assert.Empty(issues);
        Assert.Equal("14-10520-52311", order.MarketplaceOrderId);
        Assert.Equal("4711", order.OrderNumber);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(OrderFlags.PartiallyRefunded, order.Flags);
        Assert.Equal("FULFILLED/PARTIALLY_REFUNDED/NONE_REQUESTED", order.MarketplaceStatus);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(new Money(59.97m, "USD"), order.Totals.Items);
        Assert.Equal(new Money(7.50m, "USD"), order.Totals.Shipping);
        Assert.Equal(new Money(4.20m, "USD"), order.Totals.Tax);

        // priceDiscount -5.00 and deliveryDiscount -2.50, as a positive amount taken off.
        Assert.Equal(new Money(7.50m, "USD"), order.Totals.Discounts);
        Assert.Equal(new Money(64.17m, "USD"), order.Totals.Total);

        // No registration address: the buyer's contact comes from the ship-to.
        Assert.Equal(new Buyer { Name = "Jo Buyer", Email = "jo@example.com", Phone = "4085550100" }, order.Buyer);
        Assert.Equal(
            new Address { Name = "Jo Buyer", Company = "Buyer Co", Line1 = "1 Main St", Line2 = "Suite 2", City = "San Jose", Region = "CA", PostalCode = "95125", CountryCode = "US", Phone = "4085550100" },
            order.ShippingAddress);
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 6, 59, 59, TimeSpan.Zero), order.ShipBy);
        Assert.Equal(2, order.Lines.Count);
        var mugs = order.Lines[0];
        Assert.Equal("10053328870128963718001", mugs.MarketplaceLineId);
        Assert.Equal("MUG-RED", mugs.Sku);
        Assert.Equal(2, mugs.Quantity);
        Assert.Equal(new Money(19.99m, "USD"), mugs.UnitPrice);

        // Seller-collected 2.80 only; eBay's collected-and-remitted 3.10 stays out.
        Assert.Equal(new Money(2.80m, "USD"), mugs.Tax);
        Assert.Equal(new Money(5.00m, "USD"), mugs.Discount);
        var plate = order.Lines[1];
        Assert.Null(plate.Sku);
        Assert.Equal(new Money(19.99m, "USD"), plate.UnitPrice);
        Assert.Equal(new Money(1.40m, "USD"), plate.Tax);
        Assert.Equal(Money.Zero("USD"), plate.Discount);
    }
}

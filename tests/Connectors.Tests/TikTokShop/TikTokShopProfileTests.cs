using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopProfileTests
{
    private readonly TikTokShopMapper _mapper = new();

    [Fact]
    public void TikTok_Shop_profile_configuration_is_valid() => _mapper.Configuration.AssertConfigurationIsValid();

    [Fact]
    public void A_searched_order_maps_to_the_canonical_order_field_by_field()
    {
        var (order, issues) = Map(TikTokShopFixtures.Order(0));

        Assert.Empty(issues);
        Assert.Equal("576461413038785752", order.MarketplaceOrderId);
        Assert.Null(order.OrderNumber);
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(OrderFlags.None, order.Flags);
        Assert.Equal("AWAITING_SHIPMENT", order.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2023, 11, 15, 9, 20, 0, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2023, 11, 15, 10, 20, 0, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal(new Money(66.94m, "EUR"), order.Totals.Items);
        Assert.Equal(new Money(4.99m, "EUR"), order.Totals.Shipping);
        Assert.Equal(new Money(11.99m, "EUR"), order.Totals.Tax);
        Assert.Equal(new Money(5.00m, "EUR"), order.Totals.Discounts);
        Assert.Equal(new Money(71.93m, "EUR"), order.Totals.Total);
        Assert.Equal(new Buyer { Name = "Jana Novak", Email = "v8a1f0b2c3@scs2.tiktok.com", Phone = "(+49)151*****12" }, order.Buyer);
        Assert.Equal(
            new Address
            {
                Name = "Jana Novak", Phone = "(+49)151*****12", Line1 = "Hauptstrasse 5", Line2 = null, City = "Berlin", Region = "Berlin",
                PostalCode = "10115", CountryCode = "DE",
            },
            order.ShippingAddress);
        Assert.Equal(FulfilmentChannel.Merchant, order.FulfilmentChannel);
        Assert.Null(order.ShipBy);
    }

    [Fact]
    public void Line_items_of_one_unit_each_fold_into_lines_with_quantities_keeping_every_line_id()
    {
        var (order, _) = Map(TikTokShopFixtures.Order(0));

        Assert.Equal(2, order.Lines.Count);
        var mugs = order.Lines[0];
        Assert.Equal("577086512123755123,577086512123755124", mugs.MarketplaceLineId);
        Assert.Equal("MUG-RED", mugs.Sku);
        Assert.Equal("Enamel mug (Red)", mugs.Title);
        Assert.Equal(2, mugs.Quantity);
        Assert.Equal(new Money(17.99m, "EUR"), mugs.UnitPrice);
        Assert.Equal(new Money(5.74m, "EUR"), mugs.Tax);
        Assert.Equal(new Money(5.00m, "EUR"), mugs.Discount);
        var tea = order.Lines[1];
        Assert.Equal("577086512123755125", tea.MarketplaceLineId);
        Assert.Equal("TEA-50", tea.Sku);
        Assert.Equal("Loose leaf tea 50 g", tea.Title);
        Assert.Equal(1, tea.Quantity);
        Assert.Equal(new Money(35.96m, "EUR"), tea.UnitPrice);
        Assert.Equal(new Money(6.25m, "EUR"), tea.Tax);
        Assert.Equal(new Money(0m, "EUR"), tea.Discount);
    }

    [Fact]
    public void A_cancelled_platform_fulfilled_order_maps_its_status_channel_and_missing_amounts()
    {
        var (order, issues) = Map(TikTokShopFixtures.Order(1));

        Assert.Empty(issues);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(FulfilmentChannel.Marketplace, order.FulfilmentChannel);
        Assert.Equal("GBP", order.Currency);
        Assert.Equal(new Money(0m, "GBP"), order.Totals.Tax);
        Assert.Equal(new Money(0.50m, "GBP"), order.Totals.Discounts);
        Assert.Equal(new Money(9.00m, "GBP"), order.Totals.Total);
        Assert.Equal("London", order.ShippingAddress!.City);
        Assert.Equal("Greater London", order.ShippingAddress.Region);
        Assert.Equal("GB", order.ShippingAddress.CountryCode);
        Assert.Equal(new Money(0.50m, "GBP"), Assert.Single(order.Lines).Discount);
    }

    [Fact]
    public void An_unknown_status_and_fulfillment_type_map_to_unknown_and_are_reported()
    {
        var (order, issues) = Map(TikTokShopFixtures.Order(0) with { Status = "RETURNED_TO_MOON", FulfillmentType = "BY_DRONE" });

        Assert.Equal(OrderStatus.Unknown, order.Status);
        Assert.Equal(FulfilmentChannel.Unknown, order.FulfilmentChannel);
        Assert.Equal(
            [new MappingIssue("576461413038785752", "status", "RETURNED_TO_MOON"), new MappingIssue("576461413038785752", "fulfillment_type", "BY_DRONE")],
            issues);
    }

    [Fact]
    public void An_order_without_a_total_cannot_be_mapped()
    {
        var order = TikTokShopFixtures.Order(0);
        var broken = order with { Payment = order.Payment! with { TotalAmount = null } };

        var e = Assert.ThrowsAny<Exception>(() => Map(broken));
        Assert.Contains("payment.total_amount", CrossBorderHub.Connectors.Kit.Pulling.RecordFaults.ReasonOf(e), StringComparison.Ordinal);
    }

    private (CanonicalOrder Order, List<MappingIssue> Issues) Map(TikTokOrder order)
    {
        var issues = new List<MappingIssue>();
        var canonical = _mapper.Mapper.Map<CanonicalOrder>(order, o => o.Items[TikTokShopProfile.IssuesKey] = issues);
        return (canonical, issues);
    }
}

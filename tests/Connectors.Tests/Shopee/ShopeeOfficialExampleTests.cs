using System.Text.Json;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// Shopee's published response examples, parsed with the wire records and mapped. The get_order_detail example as
/// published is not JSON (a doubled leading "{" and no comma after "logistics_channel_id": 18080); the fixture is that
/// example with exactly those two spots repaired and nothing else changed.
/// </summary>
public sealed class ShopeeOfficialExampleTests
{
    private static readonly ShopeeMapper Mapper = new();

    [Fact]
    public void Shopee_profile_configuration_is_valid() => Mapper.Configuration.AssertConfigurationIsValid();

    [Fact]
    public void The_get_order_list_example_gives_its_order_numbers_and_the_next_cursor()
    {
        var envelope = JsonSerializer.Deserialize(ShopeeFixtures.Read("v2.order.get_order_list.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeOrderListResponse)!;

        Assert.Equal("", envelope.Error);
        Assert.Equal("b937c04e554847789cbf3fe33a0ad5f1", envelope.RequestId);
        Assert.True(envelope.Response!.More);
        Assert.Equal("20", envelope.Response.NextCursor);
        Assert.Equal(10, envelope.Response.OrderList!.Count);
        Assert.Equal("201218V2Y6E59M", envelope.Response.OrderList[0].OrderSn);
        Assert.Equal("201214JAJXU6G7", envelope.Response.OrderList[^1].OrderSn);
    }

    [Theory]
    [InlineData("v2.order.get_order_list.error_example.json", "order.order_list_invalid_time", "Start time must be earlier than end time and diff in 15days.")]
    [InlineData("v2.order.get_order_detail.error_example.json", "error_not_found", "Wrong parameters, detail: the order is not found.")]
    [InlineData("v2.logistics.ship_order.error_example.json", "logistics.ship_order_need_sender_real_name", "Parameter sender_real_name can not be null.")]
    public void An_error_example_parses_as_the_envelope_with_its_code_and_message(string fixture, string code, string message)
    {
        var envelope = JsonSerializer.Deserialize(ShopeeFixtures.Read(fixture), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeNoResponse)!;

        Assert.Equal(code, envelope.Error);
        Assert.Equal(message, envelope.Message);
        Assert.Null(envelope.Response);
        Assert.Equal(MarketplaceFailureKind.Rejected, ShopeeErrors.KindOf(envelope.Error));
    }

    [Fact]
    public void The_get_order_detail_example_maps_field_by_field()
    {
        var issues = new List<MappingIssue>();
        var order = Parse();

        var canonical = Mapper.Mapper.Map<CanonicalOrder>(order, o => o.Items[ShopeeMappingContext.Issues] = issues);

        Assert.Empty(issues);
        Assert.Equal("2404098R48U37H", canonical.MarketplaceOrderId);
        Assert.Null(canonical.OrderNumber);
        Assert.Equal(OrderStatus.Delivered, canonical.Status);
        Assert.Equal(OrderFlags.None, canonical.Flags);
        Assert.Equal("COMPLETED", canonical.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2024, 4, 8, 18, 39, 51, TimeSpan.Zero), canonical.PlacedAt);
        Assert.Equal(new DateTimeOffset(2024, 4, 15, 0, 12, 28, TimeSpan.Zero), canonical.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2024, 4, 9, 14, 0, 0, TimeSpan.Zero), canonical.ShipBy);
        Assert.Equal("VND", canonical.Currency);
        Assert.Equal(FulfilmentChannel.Merchant, canonical.FulfilmentChannel);

        // Items after the flash-sale price (300000 → 48000), the estimated shipping fee (no actual fee in the answer),
        // and total_amount; what the buyer did not pay of the two (vouchers, coins) is the discount.
        Assert.Equal(new Money(48000m, "VND"), canonical.Totals.Items);
        Assert.Equal(new Money(5000m, "VND"), canonical.Totals.Shipping);
        Assert.Equal(Money.Zero("VND"), canonical.Totals.Tax);
        Assert.Equal(new Money(20881m, "VND"), canonical.Totals.Discounts);
        Assert.Equal(new Money(32119m, "VND"), canonical.Totals.Total);

        var line = Assert.Single(canonical.Lines);
        Assert.Equal("23620853561:221404189791", line.MarketplaceLineId);
        Assert.Equal("QAZ-SADOER-05", line.Sku);
        Assert.StartsWith("🦋giảm giá🦋Kem nở ngực SADOER", line.Title, StringComparison.Ordinal);
        Assert.EndsWith("(60g（Papaya）)", line.Title, StringComparison.Ordinal);
        Assert.Equal(1, line.Quantity);
        Assert.Equal(new Money(300000m, "VND"), line.UnitPrice);
        Assert.Equal(new Money(252000m, "VND"), line.Discount);
        Assert.Equal(Money.Zero("VND"), line.Tax);

        // Shopee masks the recipient in this market; the masked values are kept as sent.
        Assert.Equal(
            new Address
            {
                Name = "P******n",
                Line1 = "Ấp******",
                Line2 = "Xã Phong Thạnh Tây B",
                City = "Huyện Phước Long",
                Region = "Bạc Liêu",
                PostalCode = null,
                CountryCode = "VN",
                Phone = "******64",
            },
            canonical.ShippingAddress);
        Assert.Equal(new Buyer { Name = "P******n", Phone = "******64" }, canonical.Buyer);
    }

    [Fact]
    public void The_get_order_detail_example_keeps_its_package_and_carrier()
    {
        var order = Parse();

        var package = Assert.Single(order.PackageList!);
        Assert.Equal("OFG166300791210964", package.PackageNumber);
        Assert.Equal("LOGISTICS_DELIVERY_DONE", package.LogisticsStatus);
        Assert.Equal(18080, package.LogisticsChannelId);
        Assert.Equal("Giao Hàng Nhanh", order.ShippingCarrier);
        Assert.True(order.Cod);
    }

    [Fact]
    public void An_unknown_status_lands_as_unknown_and_is_reported()
    {
        var issues = new List<MappingIssue>();
        var order = Parse() with { OrderStatus = "SOMETHING_NEW" };

        var canonical = Mapper.Mapper.Map<CanonicalOrder>(order, o => o.Items[ShopeeMappingContext.Issues] = issues);

        Assert.Equal(OrderStatus.Unknown, canonical.Status);
        Assert.Equal(new MappingIssue("2404098R48U37H", "order_status", "SOMETHING_NEW"), Assert.Single(issues));
    }

    [Fact]
    public void An_order_without_its_total_cannot_be_mapped()
    {
        var order = Parse() with { TotalAmount = null };

        var e = Assert.ThrowsAny<Exception>(() => Mapper.Mapper.Map<CanonicalOrder>(order, o => o.Items[ShopeeMappingContext.Issues] = new List<MappingIssue>()));

        Assert.Contains("total_amount", CrossBorderHub.Connectors.Kit.Pulling.RecordFaults.ReasonOf(e), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipping_parameter_example_asks_for_a_pickup_address_and_time()
    {
        var envelope = JsonSerializer.Deserialize(
            ShopeeFixtures.Read("v2.logistics.get_shipping_parameter.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeShippingParameterResponse)!;

        Assert.Equal(["address_id", "pickup_time_id"], envelope.Response!.InfoNeeded!.Pickup!);
        Assert.Empty(envelope.Response.InfoNeeded.Dropoff!);
        Assert.Null(envelope.Response.InfoNeeded.NonIntegrated);
        Assert.Equal([123L, 234L], envelope.Response.Pickup!.AddressList!.Select(a => a.AddressId));
        Assert.Contains("pickup_address", envelope.Response.Pickup.AddressList![0].AddressFlag!);
    }

    private static ShopeeOrder Parse()
    {
        var envelope = JsonSerializer.Deserialize(
            ShopeeFixtures.Read("v2.order.get_order_detail.response_example.repaired.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeOrderDetailResponse)!;
        Assert.Equal("023c50ace933ba38473a5fb2a7dc8821", envelope.RequestId);
        return Assert.Single(envelope.Response!.OrderList!);
    }
}

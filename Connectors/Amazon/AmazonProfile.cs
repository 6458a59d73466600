using AutoMapper;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Amazon wire records to the canonical order. Each map call passes a list for <see cref="MappingIssue"/>s
/// (<see cref="AmazonMappingContext"/>). A value that cannot be mapped throws <see cref="MappingException"/> and the
/// record is quarantined by the connector.
/// </summary>
internal sealed partial class AmazonProfile : Profile
{
    public AmazonProfile()
    {
        CreateMap<AmazonOrder, CanonicalOrder>()
            .ForSourceMember(s => s.Packages, o => o.DoNotValidate())
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.OrderId, "orderId")))

            // The 3-7-7 order id is the number seller and buyer both see.
            .ForMember(d => d.OrderNumber, o => o.MapFrom(s => s.OrderId))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => Status(s, ctx)))
            .ForMember(d => d.Flags, o => o.MapFrom(_ => OrderFlags.None))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Fulfillment == null ? string.Empty : s.Fulfillment.FulfillmentStatus ?? string.Empty))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => UtcTime.Normalize(s.CreatedTime)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(s.LastUpdatedTime)))
            .ForMember(d => d.Currency, o => o.MapFrom(s => Currency(s)))
            .ForMember(d => d.Totals, o => o.MapFrom(s => Totals(s)))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => s.Buyer == null ? null : new Buyer { Name = s.Buyer.BuyerName, Email = s.Buyer.BuyerEmail }))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => s.Recipient == null ? null : s.Recipient.DeliveryAddress))
            .ForMember(d => d.Lines, o => o.MapFrom(s => Lines(s)))
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom(s => Channel(s.Fulfillment == null ? null : s.Fulfillment.FulfilledBy)))
            .ForMember(d => d.ShipBy, o => o.MapFrom(s => s.Fulfillment == null || s.Fulfillment.ShipByWindow == null ? null : s.Fulfillment.ShipByWindow.LatestDateTime));

        CreateMap<AmazonDeliveryAddress, Address>()
            .ForMember(d => d.Company, o => o.MapFrom(s => s.CompanyName))
            .ForMember(d => d.Line1, o => o.MapFrom(s => s.AddressLine1))
            .ForMember(d => d.Line2, o => o.MapFrom(s => s.AddressLine2))
            .ForMember(d => d.Region, o => o.MapFrom(s => s.StateOrRegion))
            .ForMember(d => d.CountryCode, o => o.MapFrom(s => s.CountryCode == null ? null : CountryCodes.Normalize(s.CountryCode)));

        ConfigureV0();
    }

    internal static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"{field} is missing.") : value;

    private static OrderStatus Status(AmazonOrder order, ResolutionContext context)
    {
        var word = order.Fulfillment?.FulfillmentStatus;
        if (AmazonOrderStatusTable.FromFulfillmentStatus(word) is { } status)
        {
            return status;
        }

        context.IssueList().Add(new MappingIssue(order.OrderId ?? string.Empty, AmazonOrderStatusTable.FulfillmentStatusField, word ?? "(null)"));
        return OrderStatus.Unknown;
    }

    /// <summary>The grand total's currency; an order without proceeds yet (pending) takes its items' price currency.</summary>
    private static string Currency(AmazonOrder order) =>
        CurrencyCodes.Normalize(
            order.Proceeds?.GrandTotal?.CurrencyCode
            ?? order.OrderItems?.Select(i => i.Product?.Price?.UnitPrice?.CurrencyCode).FirstOrDefault(c => c is not null)
            ?? throw new MappingException("The order has neither proceeds nor item prices to tell its currency."));

    private static OrderTotals Totals(AmazonOrder order)
    {
        var currency = Currency(order);
        var breakdowns = order.Proceeds?.Breakdowns;
        return new OrderTotals
        {
            Items = AmazonMoneyRules.Breakdown(breakdowns, AmazonProceedsTypes.Item, "proceeds.breakdowns", currency),
            Shipping = AmazonMoneyRules.Breakdown(breakdowns, AmazonProceedsTypes.Shipping, "proceeds.breakdowns", currency),
            Tax = AmazonMoneyRules.Breakdown(breakdowns, AmazonProceedsTypes.Tax, "proceeds.breakdowns", currency),
            Discounts = AmazonMoneyRules.Positive(AmazonMoneyRules.Breakdown(breakdowns, AmazonProceedsTypes.Discount, "proceeds.breakdowns", currency)),
            Total = AmazonMoneyRules.FromOrZero(order.Proceeds?.GrandTotal, "proceeds.grandTotal", currency),
        };
    }

    private static List<OrderLine> Lines(AmazonOrder order)
    {
        var currency = Currency(order);
        return order.OrderItems?.Select(item => new OrderLine
        {
            MarketplaceLineId = Required(item.OrderItemId, "orderItems.orderItemId"),
            Sku = item.Product?.SellerSku,
            Title = item.Product?.Title,
            Quantity = item.QuantityOrdered,
            UnitPrice = AmazonMoneyRules.FromOrZero(item.Product?.Price?.UnitPrice, "orderItems.product.price.unitPrice", currency),
            Tax = AmazonMoneyRules.Breakdown(item.Proceeds?.Breakdowns, AmazonProceedsTypes.Tax, "orderItems.proceeds.breakdowns", currency),
            Discount = AmazonMoneyRules.Positive(AmazonMoneyRules.Breakdown(item.Proceeds?.Breakdowns, AmazonProceedsTypes.Discount, "orderItems.proceeds.breakdowns", currency)),
        }).ToList() ?? [];
    }

    /// <summary>MERCHANT (2026-01-01) and MFN (v0) ship from the seller; AMAZON and AFN are fulfilled by Amazon.</summary>
    internal static FulfilmentChannel Channel(string? fulfilledBy) => fulfilledBy switch
    {
        "MERCHANT" or "MFN" => FulfilmentChannel.Merchant,
        "AMAZON" or "AFN" => FulfilmentChannel.Marketplace,
        _ => FulfilmentChannel.Unknown,
    };
}

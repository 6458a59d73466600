using AutoMapper;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>Orders API v0 to the same canonical order as 2026-01-01.</summary>
internal sealed partial class AmazonProfile
{
    private void ConfigureV0()
    {
        CreateMap<AmazonOrderV0WithItems, CanonicalOrder>()
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.Order.AmazonOrderId, "AmazonOrderId")))
            .ForMember(d => d.OrderNumber, o => o.MapFrom(s => s.Order.AmazonOrderId))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => StatusV0(s.Order, ctx)))
            .ForMember(d => d.Flags, o => o.MapFrom(_ => OrderFlags.None))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Order.OrderStatus ?? string.Empty))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => UtcTime.Normalize(s.Order.PurchaseDate)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(s.Order.LastUpdateDate)))
            .ForMember(d => d.Currency, o => o.MapFrom(s => CurrencyV0(s)))
            .ForMember(d => d.Totals, o => o.MapFrom(s => TotalsV0(s)))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => s.Order.BuyerInfo == null ? null : new Buyer { Name = s.Order.BuyerInfo.BuyerName, Email = s.Order.BuyerInfo.BuyerEmail }))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => s.Order.ShippingAddress))
            .ForMember(d => d.Lines, o => o.MapFrom(s => LinesV0(s)))

            // AFN: fulfilled by Amazon; MFN: by the seller.
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom(s => Channel(s.Order.FulfillmentChannel)))
            .ForMember(d => d.ShipBy, o => o.MapFrom(s => s.Order.LatestShipDate));

        CreateMap<AmazonAddressV0, Address>()
            .ForMember(d => d.Company, o => o.MapFrom(s => s.CompanyName))
            .ForMember(d => d.Line1, o => o.MapFrom(s => s.AddressLine1))
            .ForMember(d => d.Line2, o => o.MapFrom(s => s.AddressLine2))
            .ForMember(d => d.Region, o => o.MapFrom(s => s.StateOrRegion))
            .ForMember(d => d.CountryCode, o => o.MapFrom(s => s.CountryCode == null ? null : CountryCodes.Normalize(s.CountryCode)));
    }

    private static OrderStatus StatusV0(AmazonOrderV0 order, ResolutionContext context)
    {
        if (AmazonOrderStatusTable.FromOrderStatus(order.OrderStatus) is { } status)
        {
            return status;
        }

        context.IssueList().Add(new MappingIssue(order.AmazonOrderId ?? string.Empty, AmazonOrderStatusTable.OrderStatusField, order.OrderStatus ?? "(null)"));
        return OrderStatus.Unknown;
    }

    /// <summary>OrderTotal's currency; a pending order has none yet and takes its items' price currency.</summary>
    private static string CurrencyV0(AmazonOrderV0WithItems source) =>
        CurrencyCodes.Normalize(
            source.Order.OrderTotal?.CurrencyCode
            ?? source.Items.Select(i => i.ItemPrice?.CurrencyCode).FirstOrDefault(c => c is not null)
            ?? throw new MappingException("The order has neither OrderTotal nor item prices to tell its currency."));

    private static Money V0(AmazonMoneyV0? money, string field, string currency) =>
        money is null ? Money.Zero(currency) : AmazonMoneyRules.From(money.Amount, money.CurrencyCode, field, currency);

    private static OrderTotals TotalsV0(AmazonOrderV0WithItems source)
    {
        var currency = CurrencyV0(source);
        var items = source.Items;
        return new OrderTotals
        {
            Items = AmazonMoneyRules.Sum(items.Select(i => V0(i.ItemPrice, "ItemPrice", currency)), currency),
            Shipping = AmazonMoneyRules.Sum(items.Select(i => V0(i.ShippingPrice, "ShippingPrice", currency)), currency),
            Tax = AmazonMoneyRules.Sum(items.SelectMany(i => new[] { V0(i.ItemTax, "ItemTax", currency), V0(i.ShippingTax, "ShippingTax", currency) }), currency),
            Discounts = AmazonMoneyRules.Positive(AmazonMoneyRules.Sum(
                items.SelectMany(i => new[] { V0(i.PromotionDiscount, "PromotionDiscount", currency), V0(i.ShippingDiscount, "ShippingDiscount", currency) }), currency)),
            Total = V0(source.Order.OrderTotal, "OrderTotal", currency),
        };
    }

    private static List<OrderLine> LinesV0(AmazonOrderV0WithItems source)
    {
        var currency = CurrencyV0(source);
        return [.. source.Items.Select(item =>
        {
            // ItemPrice is the line total: the unit price is it divided by the quantity.
            var total = V0(item.ItemPrice, "ItemPrice", currency);
            var quantity = item.QuantityOrdered > 0 ? item.QuantityOrdered : throw new MappingException("OrderItems.QuantityOrdered must be positive.");
            return new OrderLine
            {
                MarketplaceLineId = Required(item.OrderItemId, "OrderItems.OrderItemId"),
                Sku = item.SellerSku,
                Title = item.Title,
                Quantity = quantity,
                UnitPrice = new Money(total.Amount / quantity, currency),
                Tax = V0(item.ItemTax, "ItemTax", currency),
                Discount = AmazonMoneyRules.Positive(V0(item.PromotionDiscount, "PromotionDiscount", currency)),
            };
        })];
    }
}

using AutoMapper;
using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Shopee get_order_detail orders to the canonical order. Money is a JSON number in the order's currency, read as
/// decimal; times are unix seconds. get_order_detail has no tax or voucher breakdown (that is the escrow detail's), so
/// tax is zero and the discount is what the buyer did not pay of items plus shipping. A value that cannot be mapped
/// throws <see cref="MappingException"/> and the record is quarantined.
/// </summary>
internal sealed class ShopeeProfile : Profile
{
    public ShopeeProfile()
    {
        CreateMap<ShopeeOrder, CanonicalOrder>()
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.OrderSn, "order_sn")))
            .ForMember(d => d.OrderNumber, o => o.Ignore())
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => Status(s, ctx).Status))
            .ForMember(d => d.Flags, o => o.MapFrom(s => Flags(s)))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.OrderStatus ?? string.Empty))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => Time(s.CreateTime, "create_time")))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => Time(s.UpdateTime, "update_time")))
            .ForMember(d => d.Currency, o => o.MapFrom(s => CurrencyCodes.Normalize(s.Currency)))
            .ForMember(d => d.Totals, o => o.MapFrom(s => Totals(s)))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => Buyer(s)))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => s.RecipientAddress))
            .ForMember(d => d.Lines, o => o.MapFrom((s, _, _, ctx) => Lines(s, ctx)))
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom((s, _, _, ctx) => Channel(s, ctx)))
            .ForMember(d => d.ShipBy, o => o.MapFrom(s => s.ShipByDate > 0 ? UtcTime.FromUnixSeconds(s.ShipByDate.Value) : (DateTimeOffset?)null));

        CreateMap<ShopeeOrderItem, OrderLine>()
            .ForMember(d => d.MarketplaceLineId, o => o.MapFrom(s => LineId(s)))
            .ForMember(d => d.Sku, o => o.MapFrom(s => Sku(s)))
            .ForMember(d => d.Title, o => o.MapFrom(s => Title(s)))
            .ForMember(d => d.Quantity, o => o.MapFrom(s => Quantity(s)))
            .ForMember(d => d.UnitPrice, o => o.MapFrom((s, _, _, ctx) => new Money(UnitPrice(s), ctx.OrderCurrency())))
            .ForMember(d => d.Tax, o => o.MapFrom((_, _, _, ctx) => Money.Zero(ctx.OrderCurrency())))
            .ForMember(d => d.Discount, o => o.MapFrom((s, _, _, ctx) => new Money(LineDiscount(s), ctx.OrderCurrency())));

        CreateMap<ShopeeRecipientAddress, Address>()
            .ForMember(d => d.Name, o => o.MapFrom(s => Blank(s.Name)))
            .ForMember(d => d.Company, o => o.Ignore())
            .ForMember(d => d.Line1, o => o.MapFrom(s => Blank(s.FullAddress)))
            .ForMember(d => d.Line2, o => o.MapFrom(s => Join(s.Town, s.District)))
            .ForMember(d => d.City, o => o.MapFrom(s => Blank(s.City)))
            .ForMember(d => d.Region, o => o.MapFrom(s => Blank(s.State)))
            .ForMember(d => d.PostalCode, o => o.MapFrom(s => Blank(s.Zipcode)))
            .ForMember(d => d.CountryCode, o => o.MapFrom(s => Blank(s.Region) == null ? null : CountryCodes.Normalize(s.Region)))
            .ForMember(d => d.Phone, o => o.MapFrom(s => Blank(s.Phone)));
    }

    /// <summary>The line id: Shopee names an order line by its item and model (model 0 for an item without variations).</summary>
    internal static string LineId(ShopeeOrderItem item) =>
        item.ItemId > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{item.ItemId}:{item.ModelId}")
            : throw new MappingException("item_list.item_id is missing.");

    internal static decimal Shipping(ShopeeOrder order) =>
        order.ActualShippingFeeConfirmed == true && order.ActualShippingFee is { } actual ? actual : order.EstimatedShippingFee ?? 0m;

    private static (OrderStatus Status, OrderFlags Flags) Status(ShopeeOrder order, ResolutionContext context)
    {
        if (ShopeeOrderStatusTable.Resolve(order.OrderStatus) is { } known)
        {
            return known;
        }

        context.IssueList().Add(new MappingIssue(order.OrderSn ?? string.Empty, ShopeeOrderStatusTable.Field, order.OrderStatus ?? "(null)"));
        return (OrderStatus.Unknown, OrderFlags.None);
    }

    private static OrderFlags Flags(ShopeeOrder order) =>
        ShopeeOrderStatusTable.Resolve(order.OrderStatus) is { } known ? known.Flags : OrderFlags.None;

    private static FulfilmentChannel Channel(ShopeeOrder order, ResolutionContext context)
    {
        if (ShopeeFulfilmentTable.Resolve(order.FulfillmentFlag) is { } channel)
        {
            return channel;
        }

        if (order.FulfillmentFlag is not null)
        {
            context.IssueList().Add(new MappingIssue(order.OrderSn ?? string.Empty, ShopeeFulfilmentTable.Field, order.FulfillmentFlag));
        }

        return FulfilmentChannel.Unknown;
    }

    private static OrderTotals Totals(ShopeeOrder order)
    {
        var currency = CurrencyCodes.Normalize(order.Currency);
        var items = order.ItemList?.Sum(i => UnitPrice(i) * Quantity(i) - LineDiscount(i)) ?? 0m;
        var shipping = Shipping(order);
        var total = order.TotalAmount ?? throw new MappingException("total_amount is missing.");
        var discounts = Math.Max(0m, items + shipping - total);
        return new OrderTotals
        {
            Items = new Money(items, currency),
            Shipping = new Money(shipping, currency),
            Tax = Money.Zero(currency),
            Discounts = new Money(discounts, currency),
            Total = new Money(total, currency),
        };
    }

    private static Buyer? Buyer(ShopeeOrder order) =>
        order.RecipientAddress is null && order.BuyerUsername is null
            ? null
            : new Buyer { Name = Blank(order.RecipientAddress?.Name) ?? Blank(order.BuyerUsername), Phone = Blank(order.RecipientAddress?.Phone) };

    private static List<OrderLine> Lines(ShopeeOrder order, ResolutionContext context)
    {
        context.Items[ShopeeMappingContext.Currency] = CurrencyCodes.Normalize(order.Currency);
        return order.ItemList?.Select(i => context.Mapper.Map<OrderLine>(i)).ToList() ?? [];
    }

    private static decimal UnitPrice(ShopeeOrderItem item) =>
        item.ModelOriginalPrice is { } price && price >= 0 ? price : throw new MappingException("item_list.model_original_price is missing or negative.");

    /// <summary>Original minus discounted price, times quantity; a discounted price of 0 (bundle deals) says nothing, so no discount.</summary>
    private static decimal LineDiscount(ShopeeOrderItem item) =>
        item.ModelDiscountedPrice is { } discounted && discounted > 0 && discounted < UnitPrice(item)
            ? (UnitPrice(item) - discounted) * Quantity(item)
            : 0m;

    private static int Quantity(ShopeeOrderItem item) =>
        item.ModelQuantityPurchased > 0 ? item.ModelQuantityPurchased : throw new MappingException("item_list.model_quantity_purchased is not positive.");

    private static string? Sku(ShopeeOrderItem item) => Blank(item.ModelSku) ?? Blank(item.ItemSku);

    private static string? Title(ShopeeOrderItem item) =>
        Blank(item.ModelName) is { } model && Blank(item.ItemName) is { } name ? $"{name} ({model})" : Blank(item.ItemName);

    private static DateTimeOffset Time(long seconds, string field) =>
        seconds > 0 ? UtcTime.FromUnixSeconds(seconds) : throw new MappingException($"{field} is missing.");

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"{field} is missing.") : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Join(string? first, string? second) =>
        (Blank(first), Blank(second)) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => $"{a}, {b}",
        };
}

using AutoMapper;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>
/// TikTok Shop wire records to the canonical model. Each map call passes a list for <see cref="MappingIssue"/>s under
/// <see cref="IssuesKey"/>. A value that cannot be mapped throws <see cref="MappingException"/>; the record is quarantined.
/// </summary>
internal sealed class TikTokShopProfile : Profile
{
    public const string IssuesKey = "issues";

    public TikTokShopProfile()
    {
        CreateMap<TikTokOrder, CanonicalOrder>()
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.Id, "id")))
            .ForMember(d => d.OrderNumber, o => o.Ignore())
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => Status(s, ctx)))
            .ForMember(d => d.Flags, o => o.MapFrom(s => TikTokOrderStatusTable.Resolve(s.Status, s.IsOnHoldOrder).Flags))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Status ?? ""))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => Time(s.CreateTime, "create_time")))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => Time(s.UpdateTime, "update_time")))
            .ForMember(d => d.Currency, o => o.MapFrom(s => Currency(s)))
            .ForMember(d => d.Totals, o => o.MapFrom(s => Totals(s)))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => new Buyer
            {
                Email = s.BuyerEmail,
                Name = s.RecipientAddress == null ? null : s.RecipientAddress.Name,
                Phone = s.RecipientAddress == null ? null : s.RecipientAddress.PhoneNumber,
            }))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => TikTokAddresses.From(s.RecipientAddress)))
            .ForMember(d => d.Lines, o => o.MapFrom(s => TikTokLineFolding.Fold(s.LineItems, Currency(s))))
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom((s, _, _, ctx) => Channel(s, ctx)))
            .ForMember(d => d.ShipBy, o => o.Ignore());

        CreateMap<TikTokProduct, CanonicalProduct>()
            .ForMember(d => d.MarketplaceProductId, o => o.MapFrom(s => RequiredOf(s.Id, "product", "id")))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Title ?? ""))
            .ForMember(d => d.Brand, o => o.MapFrom(s => s.Brand == null || string.IsNullOrEmpty(s.Brand.Name) ? null : s.Brand.Name))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => ProductStatus(s, ctx)))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Status ?? ""))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => TimeOf(s.UpdateTime, "product", "update_time")))
            .ForMember(d => d.Variants, o => o.MapFrom(s => s.Skus ?? Array.Empty<TikTokSku>()));

        CreateMap<TikTokSku, ProductVariant>()
            .ForMember(d => d.MarketplaceVariantId, o => o.MapFrom(s => RequiredOf(s.Id, "SKU", "id")))
            .ForMember(d => d.Sku, o => o.MapFrom(s => string.IsNullOrEmpty(s.SellerSku) ? null : s.SellerSku))
            .ForMember(d => d.Barcode, o => o.MapFrom(s => s.IdentifierCode == null || string.IsNullOrEmpty(s.IdentifierCode.Code) ? null : s.IdentifierCode.Code))
            .ForMember(d => d.Title, o => o.MapFrom(s => VariantTitle(s)))
            .ForMember(d => d.Price, o => o.MapFrom(s => Price(s)))
            .ForMember(d => d.Weight, o => o.Ignore())
            .ForMember(d => d.Dimensions, o => o.Ignore())
            .ForMember(d => d.HsCode, o => o.Ignore())
            .ForMember(d => d.CountryOfOrigin, o => o.Ignore());

        CreateMap<TikTokStockRow, InventoryLevel>()
            .ForMember(d => d.Sku, o => o.MapFrom(s => s.SellerSku))
            .ForMember(d => d.LocationId, o => o.MapFrom(s => RequiredOf(s.Stock.WarehouseId, "warehouse stock", "warehouse_id")))
            .ForMember(d => d.LocationName, o => o.Ignore())

            // The inventory search does not say whether a warehouse is the seller's or TikTok's (FBT).
            .ForMember(d => d.LocationKind, o => o.MapFrom(_ => LocationKind.Unknown))
            .ForMember(d => d.Available, o => o.MapFrom(s => Available(s.Stock)))

            // Committed units are ordered but still in the warehouse, so they are on hand.
            .ForMember(d => d.OnHand, o => o.MapFrom(s => s.Stock.AvailableQuantity + (s.Stock.CommittedQuantity ?? 0)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => s.UpdatedAt));
    }

    private static ListingStatus ProductStatus(TikTokProduct product, ResolutionContext context)
    {
        var status = TikTokProductStatusTable.Resolve(product.Status);
        if (status == ListingStatus.Unknown)
        {
            Issues(context).Add(new MappingIssue(product.Id ?? "", TikTokProductStatus.Field, product.Status ?? "(null)"));
        }

        return status;
    }

    private static int Available(TikTokWarehouseStock stock) =>
        stock.AvailableQuantity ?? throw new MappingException("The warehouse stock has no available_quantity.");

    private static string? VariantTitle(TikTokSku sku)
    {
        var values = (sku.SalesAttributes ?? []).Select(a => a.ValueName).Where(v => !string.IsNullOrEmpty(v)).ToList();
        return values.Count == 0 ? null : string.Join(" / ", values);
    }

    private static Money? Price(TikTokSku sku) =>
        sku.Price is { SalePrice: { Length: > 0 } amount, Currency: { Length: > 0 } currency }
            ? TikTokMoney.Required(amount, currency, "price.sale_price")
            : null;

    private static DateTimeOffset TimeOf(long? seconds, string entity, string field) =>
        seconds is { } value and > 0 ? UtcTime.FromUnixSeconds(value) : throw new MappingException($"The {entity} has no {field}.");

    private static string RequiredOf(string? value, string entity, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"The {entity} has no {field}.") : value;

    private static OrderStatus Status(TikTokOrder order, ResolutionContext context)
    {
        var status = TikTokOrderStatusTable.Resolve(order.Status, order.IsOnHoldOrder).Status;
        if (status == OrderStatus.Unknown)
        {
            Issues(context).Add(new MappingIssue(order.Id ?? "", TikTokOrderStatus.Field, order.Status ?? "(null)"));
        }

        return status;
    }

    private static FulfilmentChannel Channel(TikTokOrder order, ResolutionContext context)
    {
        var channel = TikTokFulfilmentTable.Resolve(order.FulfillmentType);
        if (channel == FulfilmentChannel.Unknown)
        {
            Issues(context).Add(new MappingIssue(order.Id ?? "", TikTokFulfilmentTable.Field, order.FulfillmentType ?? "(null)"));
        }

        return channel;
    }

    private static OrderTotals Totals(TikTokOrder order)
    {
        var currency = Currency(order);
        var payment = order.Payment!;
        return new OrderTotals
        {
            Items = TikTokMoney.Required(payment.SubTotal, currency, "payment.sub_total"),
            Shipping = TikTokMoney.OrZero(payment.ShippingFee, currency, "payment.shipping_fee"),
            Tax = TikTokMoney.OrZero(payment.Tax, currency, "payment.tax"),
            Discounts = TikTokMoney.Sum([payment.SellerDiscount, payment.PlatformDiscount], currency, "payment.discount"),
            Total = TikTokMoney.Required(payment.TotalAmount, currency, "payment.total_amount"),
        };
    }

    private static string Currency(TikTokOrder order) =>
        order.Payment is { Currency: { } currency }
            ? CurrencyCodes.Normalize(currency)
            : throw new MappingException("The order has no payment.currency.");

    private static DateTimeOffset Time(long? seconds, string field) =>
        seconds is { } value and > 0 ? UtcTime.FromUnixSeconds(value) : throw new MappingException($"The order has no {field}.");

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"The order has no {field}.") : value;

    private static List<MappingIssue> Issues(ResolutionContext context) => (List<MappingIssue>)context.Items[IssuesKey];
}

using AutoMapper;
using CrossBorderHub.Connectors.Shopify.Mapping;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// Shopify wire records to the canonical model. Each map call passes a list for <see cref="MappingIssue"/>s and,
/// for products, the shop currency (<see cref="MappingContextKeys"/>). A value that cannot be mapped throws
/// <see cref="MappingException"/> and the record is quarantined by the connector.
/// </summary>
internal sealed class ShopifyProfile : Profile
{
    public ShopifyProfile()
    {
        CreateMap<ShopifyOrder, CanonicalOrder>()
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.Id, "id")))
            .ForMember(d => d.OrderNumber, o => o.MapFrom(s => s.Name))
            .ForMember(d => d.Status, o => o.ConvertUsing(new OrderStatusConverter(), s => s))
            .ForMember(d => d.Flags, o => o.ConvertUsing(new OrderFlagsConverter(), s => s))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => MarketplaceStatus(s)))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => UtcTime.Normalize(s.CreatedAt)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(s.UpdatedAt)))
            .ForMember(d => d.Currency, o => o.MapFrom(s => CurrencyCodes.Normalize(s.CurrencyCode)))
            .ForMember(d => d.Totals, o => o.MapFrom(s => s))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => new Buyer { Email = s.Email, Phone = s.Phone, Name = s.ShippingAddress == null ? null : s.ShippingAddress.Name }))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => s.ShippingAddress))
            .ForMember(d => d.Lines, o => o.MapFrom((s, _, _, ctx) => Lines(s, ctx)))

            // Shopify has no marketplace-run fulfilment: the merchant (or a service the merchant hired) ships.
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom(_ => FulfilmentChannel.Merchant))
            .ForMember(d => d.ShipBy, o => o.Ignore());

        CreateMap<ShopifyOrder, OrderTotals>()

            // subtotalPriceSet is after line discounts; Discounts is reported beside it, not subtracted again.
            .ForMember(d => d.Items, o => o.MapFrom(s => ShopifyMoney.From(s.SubtotalPriceSet, Currency(s), "subtotalPriceSet")))
            .ForMember(d => d.Shipping, o => o.MapFrom(s => ShopifyMoney.From(s.TotalShippingPriceSet, Currency(s), "totalShippingPriceSet")))
            .ForMember(d => d.Tax, o => o.MapFrom(s => ShopifyMoney.From(s.TotalTaxSet, Currency(s), "totalTaxSet")))
            .ForMember(d => d.Discounts, o => o.MapFrom(s => ShopifyMoney.From(s.TotalDiscountsSet, Currency(s), "totalDiscountsSet")))
            .ForMember(d => d.Total, o => o.MapFrom(s => ShopifyMoney.From(s.TotalPriceSet, Currency(s), "totalPriceSet")));

        CreateMap<ShopifyLineItem, OrderLine>()
            .ForMember(d => d.MarketplaceLineId, o => o.MapFrom(s => Required(s.Id, "lineItems.id")))
            .ForMember(d => d.UnitPrice, o => o.MapFrom((s, _, _, ctx) => ShopifyMoney.From(s.OriginalUnitPriceSet, ctx.ShopCurrency(), "lineItems.originalUnitPriceSet")))
            .ForMember(d => d.Tax, o => o.MapFrom((s, _, _, ctx) => ShopifyMoney.Sum(s.TaxLines?.Select(t => t.PriceSet), ctx.ShopCurrency(), "lineItems.taxLines.priceSet")))
            .ForMember(d => d.Discount, o => o.MapFrom((s, _, _, ctx) => ShopifyMoney.Sum(s.DiscountAllocations?.Select(a => a.AllocatedAmountSet), ctx.ShopCurrency(), "lineItems.discountAllocations.allocatedAmountSet")));

        CreateMap<ShopifyMailingAddress, Address>()
            .ForMember(d => d.Line1, o => o.MapFrom(s => s.Address1))
            .ForMember(d => d.Line2, o => o.MapFrom(s => s.Address2))
            .ForMember(d => d.Region, o => o.MapFrom(s => s.ProvinceCode))
            .ForMember(d => d.PostalCode, o => o.MapFrom(s => s.Zip))
            .ForMember(d => d.CountryCode, o => o.MapFrom(s => s.CountryCodeV2 == null ? null : CountryCodes.Normalize(s.CountryCodeV2)));

        CreateMap<ShopifyProduct, CanonicalProduct>()
            .ForMember(d => d.MarketplaceProductId, o => o.MapFrom(s => Required(s.Id, "id")))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Title ?? string.Empty))
            .ForMember(d => d.Brand, o => o.MapFrom(s => s.Vendor))
            .ForMember(d => d.Status, o => o.ConvertUsing(new ListingStatusConverter(), s => s))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Status ?? string.Empty))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(s.UpdatedAt)))
            .ForMember(d => d.Variants, o => o.MapFrom(s => s.Variants == null ? new List<ShopifyProductVariant>() : s.Variants.Edges.Select(e => e.Node).ToList()));

        CreateMap<ShopifyProductVariant, ProductVariant>()
            .ForMember(d => d.MarketplaceVariantId, o => o.MapFrom(s => Required(s.Id, "variants.id")))
            .ForMember(d => d.Price, o => o.MapFrom((s, _, _, ctx) => s.Price == null ? (Money?)null : new Money(Decimals.Parse(s.Price, "variants.price"), ctx.ShopCurrency())))
            .ForMember(d => d.Weight, o => o.MapFrom((s, _, _, ctx) => Weight(s, ctx)))
            .ForMember(d => d.Dimensions, o => o.Ignore())
            .ForMember(d => d.HsCode, o => o.MapFrom(s => s.InventoryItem == null ? null : s.InventoryItem.HarmonizedSystemCode))
            .ForMember(d => d.CountryOfOrigin, o => o.MapFrom(s => s.InventoryItem == null || s.InventoryItem.CountryCodeOfOrigin == null ? null : CountryCodes.Normalize(s.InventoryItem.CountryCodeOfOrigin)));

        CreateMap<ShopifyInventoryLevelRow, InventoryLevel>()
            .ForMember(d => d.Sku, o => o.MapFrom(s => s.Sku))
            .ForMember(d => d.LocationId, o => o.MapFrom(s => Required(s.Level.Location == null ? null : s.Level.Location.Id, "inventoryLevels.location.id")))
            .ForMember(d => d.LocationName, o => o.MapFrom(s => s.Level.Location == null ? null : s.Level.Location.Name))
            .ForMember(d => d.LocationKind, o => o.ConvertUsing(new LocationKindConverter(), s => s))
            .ForMember(d => d.Available, o => o.MapFrom(s => RequiredQuantity(s, ShopifyConstants.QuantityNames.Available)))
            .ForMember(d => d.OnHand, o => o.MapFrom(s => Quantity(s, ShopifyConstants.QuantityNames.OnHand)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(s.Level.UpdatedAt ?? s.ItemUpdatedAt)));
    }

    internal static string MarketplaceStatus(ShopifyOrder order)
    {
        var words = $"{order.DisplayFinancialStatus}/{order.DisplayFulfillmentStatus}";
        return order.ReturnStatus is null or ShopifyEnums.Return.NoReturn ? words : $"{words}/{order.ReturnStatus}";
    }

    private static string Currency(ShopifyOrder order) => CurrencyCodes.Normalize(order.CurrencyCode);

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"{field} is missing.") : value;

    private static List<OrderLine> Lines(ShopifyOrder order, ResolutionContext context)
    {
        context.Items[MappingContextKeys.Currency] = Currency(order);
        return order.LineItems is null
            ? []
            : order.LineItems.Edges.Select(e => context.Mapper.Map<OrderLine>(e.Node)).ToList();
    }

    private static Weight? Weight(ShopifyProductVariant variant, ResolutionContext context)
    {
        if (variant.InventoryItem?.Measurement?.Weight is not { } weight)
        {
            return null;
        }

        if (ShopifyWeightUnitTable.Resolve(weight.Unit) is { } unit)
        {
            return new Weight(weight.Value, unit);
        }

        context.IssueList().Add(new MappingIssue(variant.Id ?? string.Empty, ShopifyWeightUnitTable.Field, weight.Unit ?? "(null)"));
        return null;
    }

    private static int RequiredQuantity(ShopifyInventoryLevelRow row, string name) =>
        Quantity(row, name) ?? throw new MappingException($"inventoryLevels.quantities has no '{name}' quantity.");

    private static int? Quantity(ShopifyInventoryLevelRow row, string name) =>
        row.Level.Quantities?.FirstOrDefault(q => q.Name == name)?.Quantity;
}

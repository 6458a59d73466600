using System.Globalization;
using AutoMapper;
using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// A Shopee item (get_item_base_info plus get_model_list) to the canonical product: one variant per model, or the item
/// itself as model 0 when it has none, named "item_id:model_id" as order lines name them. Prices are numbers in the
/// listing currency; weight is a string in kilograms, dimensions centimetres.
/// </summary>
internal sealed class ShopeeCatalogProfile : Profile
{
    public ShopeeCatalogProfile()
    {
        CreateMap<ShopeeCatalogItem, CanonicalProduct>()
            .ForMember(d => d.MarketplaceProductId, o => o.MapFrom(s => ItemId(s.Item)))
            .ForMember(d => d.Title, o => o.MapFrom(s => Title(s.Item)))
            .ForMember(d => d.Brand, o => o.MapFrom(s => Brand(s.Item.Brand)))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => Status(s.Item, ctx)))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => s.Item.ItemStatus ?? string.Empty))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UpdatedAt(s.Item)))
            .ForMember(d => d.Variants, o => o.MapFrom(s => Variants(s)));
    }

    internal static string ItemId(ShopeeItem item) =>
        item.ItemId > 0 ? item.ItemId.ToString(CultureInfo.InvariantCulture) : throw new MappingException("item_id is missing.");

    private static string Title(ShopeeItem item) => Blank(item.ItemName) ?? throw new MappingException("item_name is missing.");

    internal static string VariantId(long itemId, long modelId) => string.Create(CultureInfo.InvariantCulture, $"{itemId}:{modelId}");

    internal static DateTimeOffset UpdatedAt(ShopeeItem item) =>
        item.UpdateTime > 0 ? UtcTime.FromUnixSeconds(item.UpdateTime) : throw new MappingException("update_time is missing.");

    /// <summary>The item's models, or the item itself as model 0: what update_stock and order lines address.</summary>
    internal static IReadOnlyList<(long ModelId, string? Sku, ShopeeStockInfo? Stock)> Models(ShopeeCatalogItem source)
    {
        if (!source.Item.HasModel)
        {
            return [(0L, Blank(source.Item.ItemSku), source.Item.StockInfoV2)];
        }

        var models = source.Models?.Model;
        return models is { Count: > 0 }
            ? [.. models.Select(m => (m.ModelId, Blank(m.ModelSku), m.StockInfoV2))]
            : throw new MappingException("has_model is true but get_model_list returned no model.");
    }

    private static ListingStatus Status(ShopeeItem item, ResolutionContext context)
    {
        if (ShopeeListingStatusTable.Resolve(item.ItemStatus) is { } status)
        {
            return status;
        }

        context.IssueList().Add(new MappingIssue(item.ItemId.ToString(CultureInfo.InvariantCulture), ShopeeListingStatusTable.Field, item.ItemStatus ?? "(null)"));
        return ListingStatus.Unknown;
    }

    private static List<ProductVariant> Variants(ShopeeCatalogItem source)
    {
        var item = source.Item;
        if (!item.HasModel)
        {
            return
            [
                new ProductVariant
                {
                    MarketplaceVariantId = VariantId(item.ItemId, 0),
                    Sku = Blank(item.ItemSku),
                    Barcode = Gtin(item.GtinCode),
                    Price = Price(item.PriceInfo),
                    Weight = Weight(item.Weight),
                    Dimensions = Dimensions(item.Dimension),
                    HsCode = Blank(item.TaxInfo?.HsCode),
                },
            ];
        }

        Models(source);
        var tiers = source.Models!.TierVariation ?? [];
        return
        [
            .. source.Models.Model!.Select(m => new ProductVariant
            {
                MarketplaceVariantId = m.ModelId > 0 ? VariantId(item.ItemId, m.ModelId) : throw new MappingException("model.model_id is missing."),
                Sku = Blank(m.ModelSku),
                Barcode = Gtin(m.GtinCode),
                Title = OptionNames(tiers, m.TierIndex),
                Price = Price(m.PriceInfo),
                Weight = Weight(m.Weight) ?? Weight(item.Weight),
                Dimensions = Dimensions(m.Dimension) ?? Dimensions(item.Dimension),
                HsCode = Blank(item.TaxInfo?.HsCode),
            }),
        ];
    }

    /// <summary>The model's option in each tier ("Red / XL"), from its tier_index.</summary>
    private static string? OptionNames(IReadOnlyList<ShopeeTierVariation> tiers, IReadOnlyList<int>? index)
    {
        var names = (index ?? [])
            .Select((option, tier) => tier < tiers.Count && tiers[tier].OptionList is { } options && option >= 0 && option < options.Count ? Blank(options[option].Option) : null)
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? null : string.Join(" / ", names);
    }

    private static Money? Price(IReadOnlyList<ShopeePriceInfo>? prices) =>
        prices is { Count: > 0 } && prices[0] is { CurrentPrice: { } amount } price
            ? new Money(amount >= 0 ? amount : throw new MappingException("price_info.current_price is negative."), CurrencyCodes.Normalize(price.Currency))
            : null;

    private static Weight? Weight(string? kilograms) =>
        Blank(kilograms) is { } text && Decimals.Parse(text, "weight") is var value && value > 0 ? new Weight(value, WeightUnit.Kilograms) : null;

    private static Dimensions? Dimensions(ShopeeDimension? dimension) =>
        dimension is { PackageLength: > 0, PackageWidth: > 0, PackageHeight: > 0 }
            ? new Dimensions(dimension.PackageLength.Value, dimension.PackageWidth.Value, dimension.PackageHeight.Value, LengthUnit.Centimetres)
            : null;

    /// <summary>"00" is Shopee's "item without GTIN".</summary>
    private static string? Gtin(string? code) => Blank(code) is { } gtin && gtin != "00" ? gtin : null;

    /// <summary>Brand id 0 is Shopee's "No brand".</summary>
    private static string? Brand(ShopeeBrand? brand) => brand is { BrandId: > 0 } ? Blank(brand.OriginalBrandName) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

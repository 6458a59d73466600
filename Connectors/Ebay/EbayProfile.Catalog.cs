using AutoMapper;
using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// Inventory API records to canonical products and stock. The Inventory API dates nothing, so both carry
/// <see cref="EbayConstants.Undated"/>: the hub's store then keeps a row until a sweep brings different content.
/// </summary>
internal sealed partial class EbayProfile
{
    private const string NoOffer = "NO_OFFER";
    private const string ShipToLocationName = "eBay ship-to-home quantity";
    private const string BrandAspect = "Brand";

    private void CreateCatalogMaps()
    {
        CreateMap<EbayListedItem, CanonicalProduct>()
            .ForMember(d => d.MarketplaceProductId, o => o.MapFrom(s => Required(s.Item.Sku, "sku")))
            .ForMember(d => d.Title, o => o.MapFrom(s => Title(s.Item)))
            .ForMember(d => d.Brand, o => o.MapFrom(s => Brand(s.Item.Product)))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => ListingStatusOf(s, ctx.IssueList())))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => MarketplaceStatus(s)))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(_ => EbayConstants.Undated))
            .ForMember(d => d.Variants, o => o.MapFrom((s, _, _, ctx) => Variants(s, ctx.IssueList())));

        CreateMap<EbayInventoryItem, InventoryLevel>()
            .ForMember(d => d.Sku, o => o.MapFrom(s => Required(s.Sku, "sku")))
            .ForMember(d => d.LocationId, o => o.MapFrom(_ => EbayConstants.ShipToLocation))
            .ForMember(d => d.LocationName, o => o.MapFrom(_ => ShipToLocationName))
            .ForMember(d => d.LocationKind, o => o.MapFrom(_ => LocationKind.OwnWarehouse))
            .ForMember(d => d.Available, o => o.MapFrom(s => Available(s)))
            .ForMember(d => d.OnHand, o => o.Ignore())
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(_ => EbayConstants.Undated));
    }

    private static string MarketplaceStatus(EbayListedItem listed) =>
        listed.Offers.Count == 0
            ? NoOffer
            : string.Join(",", listed.Offers.Select(f => $"{f.Status ?? "-"}/{f.Listing?.ListingStatus ?? "-"}"));

    /// <summary>An item may stay untitled until an offer of it is published; its SKU stands in.</summary>
    private static string Title(EbayInventoryItem item) =>
        string.IsNullOrWhiteSpace(item.Product?.Title) ? Required(item.Sku, "sku") : item.Product.Title;

    private static string? Brand(EbayProduct? product) =>
        !string.IsNullOrWhiteSpace(product?.Brand)
            ? product.Brand
            : product?.Aspects?.TryGetValue(BrandAspect, out var values) == true && values.Count > 0 ? values[0] : null;

    /// <summary>No ship-to-home quantity set yet is none to sell; a negative one is not eBay's.</summary>
    private static int Available(EbayInventoryItem item) =>
        item.Availability?.ShipToLocationAvailability?.Quantity switch
        {
            null => 0,
            < 0 and var negative => throw new MappingException($"availability.shipToLocationAvailability.quantity '{negative}' is negative."),
            var quantity => quantity.Value,
        };

    private static ListingStatus ListingStatusOf(EbayListedItem listed, List<MappingIssue> issues)
    {
        var statuses = new List<ListingStatus>(listed.Offers.Count);
        foreach (var offer in listed.Offers)
        {
            var status = EbayListingStatusTable.Of(offer.Status, offer.Listing?.ListingStatus);
            if (status == ListingStatus.Unknown)
            {
                var (field, value) = offer.Status == EbayListingStatusTable.Published
                    ? (EbayListingStatusTable.ListingStatusField, offer.Listing?.ListingStatus)
                    : (EbayListingStatusTable.OfferStatusField, offer.Status);
                issues.Add(new MappingIssue(listed.Item.Sku ?? string.Empty, field, value ?? "(null)"));
            }

            statuses.Add(status);
        }

        return EbayListingStatusTable.MostVisible(statuses);
    }

    /// <summary>One variant per offer (its listing and price); an item not offered yet is one variant without a price.</summary>
    private static List<ProductVariant> Variants(EbayListedItem listed, List<MappingIssue> issues)
    {
        var item = listed.Item;
        var sku = Required(item.Sku, "sku");
        var weight = WeightOf(item, issues);
        var dimensions = DimensionsOf(item, issues);
        var barcode = new[] { item.Product?.Ean, item.Product?.Upc, item.Product?.Isbn }
            .SelectMany(codes => codes ?? [])
            .FirstOrDefault(code => !string.IsNullOrWhiteSpace(code));
        ProductVariant Variant(string id, Money? price) => new()
        {
            MarketplaceVariantId = id,
            Sku = sku,
            Barcode = barcode,
            Title = item.Product?.Title,
            Price = price,
            Weight = weight,
            Dimensions = dimensions,
        };

        return listed.Offers.Count == 0
            ? [Variant(sku, null)]
            : [.. listed.Offers.Select(offer => Variant(Required(offer.OfferId, "offers.offerId"), PriceOf(offer)))];
    }

    private static Money? PriceOf(EbayOffer offer)
    {
        if (offer.PricingSummary?.Price is not { } price)
        {
            return null;
        }

        var currency = CurrencyCodes.Normalize(price.Currency ?? throw new MappingException("offers.pricingSummary.price.currency is missing."));
        return new Money(Decimals.Parse(price.Value, "offers.pricingSummary.price.value"), currency);
    }

    private static Weight? WeightOf(EbayInventoryItem item, List<MappingIssue> issues)
    {
        if (item.PackageWeightAndSize?.Weight is not { Value: { } value } weight)
        {
            return null;
        }

        if (EbayUnits.Weight(weight.Unit) is { } unit)
        {
            return new Weight(value, unit);
        }

        issues.Add(new MappingIssue(item.Sku ?? string.Empty, "packageWeightAndSize.weight.unit", weight.Unit ?? "(null)"));
        return null;
    }

    private static Dimensions? DimensionsOf(EbayInventoryItem item, List<MappingIssue> issues)
    {
        if (item.PackageWeightAndSize?.Dimensions is not { Length: { } length, Width: { } width, Height: { } height } dimensions)
        {
            return null;
        }

        if (EbayUnits.Length(dimensions.Unit) is { } unit)
        {
            return new Dimensions(length, width, height, unit);
        }

        issues.Add(new MappingIssue(item.Sku ?? string.Empty, "packageWeightAndSize.dimensions.unit", dimensions.Unit ?? "(null)"));
        return null;
    }
}

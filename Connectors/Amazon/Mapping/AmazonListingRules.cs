using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>Listings items and FBA inventory summaries to canonical products and inventory levels.</summary>
internal static class AmazonListingRules
{
    public const string Buyable = "BUYABLE";
    public const string Discoverable = "DISCOVERABLE";

    /// <summary>One product per SKU with one variant: price from the B2C offer, brand and weight from the attributes.</summary>
    public static CanonicalProduct Product(ListingsItem listing, string marketplaceId)
    {
        var sku = Sku(listing);
        var summary = Summary(listing, marketplaceId);
        var status = summary.Status ?? [];
        var title = summary.ItemName is { Length: > 0 } name ? name : AttributeText(listing, "item_name", marketplaceId) ?? sku;
        var offer = listing.Offers?.FirstOrDefault(o => o.MarketplaceId == marketplaceId && o.OfferType == "B2C") ?? listing.Offers?.FirstOrDefault(o => o.MarketplaceId == marketplaceId);
        return new CanonicalProduct
        {
            MarketplaceProductId = sku,
            Title = title,
            Brand = AttributeText(listing, "brand", marketplaceId),
            Status = ListingStatusOf(status),
            MarketplaceStatus = string.Join(',', status),
            UpdatedAt = UtcTime.Normalize(summary.LastUpdatedDate ?? throw new MappingException($"The {marketplaceId} summary has no lastUpdatedDate.")),
            Variants =
            [
                new ProductVariant
                {
                    MarketplaceVariantId = sku,
                    Sku = sku,
                    Title = title,
                    Price = offer?.Price is { } price ? new Money(Decimals.Parse(price.Amount, "offers.price.amount"), CurrencyCodes.Normalize(price.CurrencyCode)) : null,
                    Weight = Weight(listing, marketplaceId),
                },
            ],
        };
    }

    /// <summary>BUYABLE: buyers can order it; DISCOVERABLE alone or no status: it exists but cannot be bought.</summary>
    public static ListingStatus ListingStatusOf(IReadOnlyList<string> status) =>
        status.Contains(Buyable) ? ListingStatus.Active : ListingStatus.Inactive;

    /// <summary>The stock the seller ships (fulfillment channel DEFAULT), or null for a listing fulfilled only by Amazon.</summary>
    public static InventoryLevel? MerchantLevel(ListingsItem listing, string marketplaceId)
    {
        var sku = Sku(listing);
        var own = listing.FulfillmentAvailability?.FirstOrDefault(f => f.FulfillmentChannelCode == AmazonConstants.MerchantChannel);
        if (own is null)
        {
            return null;
        }

        return new InventoryLevel
        {
            Sku = sku,
            LocationId = AmazonConstants.MerchantChannel,
            LocationName = "Merchant fulfilled",
            LocationKind = LocationKind.OwnWarehouse,
            Available = own.Quantity ?? 0,
            UpdatedAt = UtcTime.Normalize(Summary(listing, marketplaceId).LastUpdatedDate ?? throw new MappingException($"The {marketplaceId} summary has no lastUpdatedDate.")),
        };
    }

    /// <summary>
    /// FBA stock in one marketplace: fulfillable units can be sold now; on hand adds what is reserved, under research or
    /// unfulfillable in Amazon's centres (inbound units are not there yet). A summary without a time takes <paramref name="seenAt"/>.
    /// </summary>
    public static InventoryLevel FbaLevel(InventorySummary summary, string marketplaceId, DateTimeOffset seenAt)
    {
        var sku = summary.SellerSku is { Length: > 0 } value ? value : throw new MappingException("The inventory summary has no sellerSku.");
        var details = summary.InventoryDetails;
        var available = details?.FulfillableQuantity ?? 0;
        return new InventoryLevel
        {
            Sku = sku,
            LocationId = AmazonConstants.FbaLocationPrefix + marketplaceId,
            LocationName = $"Fulfilled by Amazon ({marketplaceId})",
            LocationKind = LocationKind.MarketplaceFulfilled,
            Available = available,
            OnHand = details is null ? null : available + (details.ReservedQuantity?.Total ?? 0) + (details.ResearchingQuantity?.Total ?? 0) + (details.UnfulfillableQuantity?.Total ?? 0),
            UpdatedAt = DateTimeOffset.TryParse(summary.LastUpdatedTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? UtcTime.Normalize(at) : seenAt,
        };
    }

    private static string Sku(ListingsItem listing) =>
        listing.Sku is { Length: > 0 } sku ? sku : throw new MappingException("The listing has no sku.");

    private static ListingsItemSummary Summary(ListingsItem listing, string marketplaceId) =>
        listing.Summaries?.FirstOrDefault(s => s.MarketplaceId == marketplaceId)
        ?? throw new MappingException($"The listing has no summary for marketplace {marketplaceId}.");

    /// <summary>The first value of an attribute for the marketplace (or for none named).</summary>
    private static JsonElement? Attribute(ListingsItem listing, string name, string marketplaceId)
    {
        if (listing.Attributes is null || !listing.Attributes.TryGetValue(name, out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        JsonElement? unnamed = null;
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (!value.TryGetProperty("marketplace_id", out var market))
            {
                unnamed ??= value;
            }
            else if (market.ValueKind == JsonValueKind.String && market.GetString() == marketplaceId)
            {
                return value;
            }
        }

        return unnamed;
    }

    private static string? AttributeText(ListingsItem listing, string name, string marketplaceId) =>
        Attribute(listing, name, marketplaceId) is { } value && value.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    /// <summary>item_weight as {unit, value}; a unit Amazon names that the canonical model lacks leaves the weight out.</summary>
    private static Weight? Weight(ListingsItem listing, string marketplaceId)
    {
        if (Attribute(listing, "item_weight", marketplaceId) is not { } weight
            || !weight.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number
            || !weight.TryGetProperty("unit", out var unit) || unit.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        WeightUnit? parsed = unit.GetString() switch
        {
            "grams" => WeightUnit.Grams,
            "kilograms" => WeightUnit.Kilograms,
            "ounces" => WeightUnit.Ounces,
            "pounds" => WeightUnit.Pounds,
            _ => null,
        };
        return parsed is { } u ? new Weight(value.GetDecimal(), u) : null;
    }
}

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The customs and shipping facts Shopify keeps on InventoryItem (moved off ProductVariant).</summary>
internal sealed record ShopifyVariantInventoryItem
{
    [JsonPropertyName("harmonizedSystemCode")] public string? HarmonizedSystemCode { get; init; }
    [JsonPropertyName("countryCodeOfOrigin")] public string? CountryCodeOfOrigin { get; init; }
    [JsonPropertyName("measurement")] public ShopifyInventoryItemMeasurement? Measurement { get; init; }
}

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyThrottleStatus(
    [property: JsonPropertyName("maximumAvailable")] double MaximumAvailable,
    [property: JsonPropertyName("currentlyAvailable")] double CurrentlyAvailable,
    [property: JsonPropertyName("restoreRate")] double RestoreRate);

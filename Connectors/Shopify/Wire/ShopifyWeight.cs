using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>Weight.value is a Float in the schema (a JSON number), unlike money.</summary>
internal sealed record ShopifyWeight(
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("unit")] string? Unit);

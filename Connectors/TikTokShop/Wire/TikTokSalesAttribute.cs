using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>One variant dimension of a SKU, e.g. Colour: Red.</summary>
internal sealed record TikTokSalesAttribute(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("value_name")] string? ValueName);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>A SKU's GTIN, EAN, UPC or ISBN.</summary>
internal sealed record TikTokIdentifierCode([property: JsonPropertyName("code")] string? Code, [property: JsonPropertyName("type")] string? Type);

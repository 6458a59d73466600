using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokBrand([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);

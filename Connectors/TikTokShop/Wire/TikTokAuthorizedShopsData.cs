using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of GET /authorization/202309/shops.</summary>
internal sealed record TikTokAuthorizedShopsData([property: JsonPropertyName("shops")] IReadOnlyList<TikTokAuthorizedShop>? Shops);

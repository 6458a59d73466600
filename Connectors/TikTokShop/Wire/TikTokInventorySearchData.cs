using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of an inventory search: one raw entry per product, so one bad product is quarantined, not the page.</summary>
internal sealed record TikTokInventorySearchData([property: JsonPropertyName("inventory")] IReadOnlyList<JsonElement>? Inventory);

using System.Text.Json;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>One product's entry of an inventory search, raw, beside the update time its products search page gave it.</summary>
internal sealed record TikTokStockRecord(JsonElement Inventory, DateTimeOffset? UpdatedAt);

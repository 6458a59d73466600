using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of an inventory update: code 0 with errors listed means some SKUs were not updated.</summary>
internal sealed record TikTokInventoryUpdateData([property: JsonPropertyName("errors")] IReadOnlyList<JsonElement>? Errors);

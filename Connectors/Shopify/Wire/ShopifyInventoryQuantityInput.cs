using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// InventoryQuantityInput. Since 2026-04 changeFromQuantity must always be sent (null opts out of the compare-and-swap
/// check), so it is never left out of the JSON.
/// </summary>
internal sealed record ShopifyInventoryQuantityInput(
    [property: JsonPropertyName("inventoryItemId")] string InventoryItemId,
    [property: JsonPropertyName("locationId")] string LocationId,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("changeFromQuantity"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? ChangeFromQuantity);

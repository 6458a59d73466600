using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventorySetQuantitiesPayload(
    [property: JsonPropertyName("inventoryAdjustmentGroup")] ShopifyInventoryAdjustmentGroup? InventoryAdjustmentGroup,
    [property: JsonPropertyName("userErrors")] IReadOnlyList<ShopifyUserError>? UserErrors);

namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>
/// inventorySetQuantities (2026-10). Since 2026-04 Shopify requires the <c>@idempotent(key:)</c> directive on it and a
/// <c>changeFromQuantity</c> (compare-and-swap; null opts out) on every quantity.
/// </summary>
internal static class InventorySetQuantitiesMutation
{
    /// <summary>The key is written into the document, as Shopify's examples do; it is a GUID, so it needs no escaping.</summary>
    public static string Document(Guid idempotencyKey) => $$"""
        mutation InventorySetQuantities($input: InventorySetQuantitiesInput!) {
          inventorySetQuantities(input: $input) @idempotent(key: "{{idempotencyKey:D}}") {
            inventoryAdjustmentGroup { id changes(quantityNames: ["available"]) { name delta quantityAfterChange } }
            userErrors { code field message }
          }
        }
        """;
}

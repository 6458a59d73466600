using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>InventorySetQuantitiesInput: which quantity (name), why (reason), the audit reference, and the new values.</summary>
internal sealed record ShopifyInventorySetQuantitiesInput(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("referenceDocumentUri")] string? ReferenceDocumentUri,
    [property: JsonPropertyName("quantities")] IReadOnlyList<ShopifyInventoryQuantityInput> Quantities);

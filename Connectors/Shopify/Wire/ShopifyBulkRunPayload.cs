using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>BulkOperationRunQueryPayload: the operation started, or why not.</summary>
internal sealed record ShopifyBulkRunPayload(
    [property: JsonPropertyName("bulkOperation")] ShopifyBulkOperation? BulkOperation,
    [property: JsonPropertyName("userErrors")] IReadOnlyList<ShopifyBulkUserError>? UserErrors);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>data of the bulkOperation(id:) query.</summary>
internal sealed record ShopifyBulkOperationData(
    [property: JsonPropertyName("bulkOperation")] ShopifyBulkOperation? BulkOperation);

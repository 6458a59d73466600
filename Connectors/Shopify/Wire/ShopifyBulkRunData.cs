using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>data of the bulkOperationRunQuery mutation.</summary>
internal sealed record ShopifyBulkRunData(
    [property: JsonPropertyName("bulkOperationRunQuery")] ShopifyBulkRunPayload? BulkOperationRunQuery);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>BulkOperationUserError: code is a BulkOperationUserErrorCode (INVALID, LIMIT_REACHED, OPERATION_IN_PROGRESS).</summary>
internal sealed record ShopifyBulkUserError(
    [property: JsonPropertyName("field")] IReadOnlyList<string>? Field,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("code")] string? Code);

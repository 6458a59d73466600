using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The order line a fulfillment order line stands for.</summary>
internal sealed record ShopifyLineItemReference(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("sku")] string? Sku);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyErrorExtensions(
    [property: JsonPropertyName("code")] string? Code);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>A mutation's userErrors entry: the input path that was wrong, Shopify's message and, where the type has one, its code.</summary>
internal sealed record ShopifyUserError(
    [property: JsonPropertyName("field")] IReadOnlyList<string>? Field,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("code")] string? Code);

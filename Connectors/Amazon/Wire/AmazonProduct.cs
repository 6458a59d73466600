using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonProduct(
    [property: JsonPropertyName("asin")] string? Asin,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("sellerSku")] string? SellerSku,
    [property: JsonPropertyName("price")] AmazonProductPrice? Price);

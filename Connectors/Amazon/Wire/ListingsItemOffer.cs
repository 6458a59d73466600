using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>ItemOfferByMarketplace: offerType B2C or B2B with its price.</summary>
internal sealed record ListingsItemOffer(
    [property: JsonPropertyName("marketplaceId")] string? MarketplaceId,
    [property: JsonPropertyName("offerType")] string? OfferType,
    [property: JsonPropertyName("price")] AmazonMoney? Price);

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 BuyerInfo; BuyerName is restricted data and comes empty without a Restricted Data Token.</summary>
internal sealed record AmazonBuyerInfoV0(
    [property: JsonPropertyName("BuyerEmail")] string? BuyerEmail,
    [property: JsonPropertyName("BuyerName")] string? BuyerName);

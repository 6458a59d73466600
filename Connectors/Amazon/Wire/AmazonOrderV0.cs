using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 Order: the fields the canonical order needs.</summary>
internal sealed record AmazonOrderV0
{
    [JsonPropertyName("AmazonOrderId")]
    public string? AmazonOrderId { get; init; }

    [JsonPropertyName("PurchaseDate")]
    public DateTimeOffset PurchaseDate { get; init; }

    [JsonPropertyName("LastUpdateDate")]
    public DateTimeOffset LastUpdateDate { get; init; }

    [JsonPropertyName("OrderStatus")]
    public string? OrderStatus { get; init; }

    [JsonPropertyName("FulfillmentChannel")]
    public string? FulfillmentChannel { get; init; }

    [JsonPropertyName("OrderTotal")]
    public AmazonMoneyV0? OrderTotal { get; init; }

    [JsonPropertyName("EarliestShipDate")]
    public DateTimeOffset? EarliestShipDate { get; init; }

    [JsonPropertyName("LatestShipDate")]
    public DateTimeOffset? LatestShipDate { get; init; }

    [JsonPropertyName("ShippingAddress")]
    public AmazonAddressV0? ShippingAddress { get; init; }

    [JsonPropertyName("BuyerInfo")]
    public AmazonBuyerInfoV0? BuyerInfo { get; init; }
}

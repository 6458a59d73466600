using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 OrderItem. ItemPrice is the line total (unit price × quantity); IsGift is a string.</summary>
internal sealed record AmazonOrderItemV0
{
    [JsonPropertyName("ASIN")]
    public string? Asin { get; init; }

    [JsonPropertyName("SellerSKU")]
    public string? SellerSku { get; init; }

    [JsonPropertyName("OrderItemId")]
    public string? OrderItemId { get; init; }

    [JsonPropertyName("Title")]
    public string? Title { get; init; }

    [JsonPropertyName("QuantityOrdered")]
    public int QuantityOrdered { get; init; }

    [JsonPropertyName("ItemPrice")]
    public AmazonMoneyV0? ItemPrice { get; init; }

    [JsonPropertyName("ShippingPrice")]
    public AmazonMoneyV0? ShippingPrice { get; init; }

    [JsonPropertyName("ItemTax")]
    public AmazonMoneyV0? ItemTax { get; init; }

    [JsonPropertyName("ShippingTax")]
    public AmazonMoneyV0? ShippingTax { get; init; }

    [JsonPropertyName("ShippingDiscount")]
    public AmazonMoneyV0? ShippingDiscount { get; init; }

    [JsonPropertyName("PromotionDiscount")]
    public AmazonMoneyV0? PromotionDiscount { get; init; }

    [JsonPropertyName("IsGift")]
    public string? IsGift { get; init; }
}

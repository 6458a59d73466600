using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 Order: the fields the canonical order needs (items, buyer and recipient embedded).</summary>
internal sealed record AmazonOrder
{
    [JsonPropertyName("orderId")]
    public string? OrderId { get; init; }

    [JsonPropertyName("createdTime")]
    public DateTimeOffset CreatedTime { get; init; }

    [JsonPropertyName("lastUpdatedTime")]
    public DateTimeOffset LastUpdatedTime { get; init; }

    [JsonPropertyName("salesChannel")]
    public AmazonSalesChannel? SalesChannel { get; init; }

    [JsonPropertyName("buyer")]
    public AmazonBuyer? Buyer { get; init; }

    [JsonPropertyName("recipient")]
    public AmazonRecipient? Recipient { get; init; }

    [JsonPropertyName("proceeds")]
    public AmazonOrderProceeds? Proceeds { get; init; }

    [JsonPropertyName("fulfillment")]
    public AmazonOrderFulfillment? Fulfillment { get; init; }

    [JsonPropertyName("packages")]
    public IReadOnlyList<AmazonPackage>? Packages { get; init; }

    [JsonPropertyName("orderItems")]
    public IReadOnlyList<AmazonOrderItem>? OrderItems { get; init; }
}

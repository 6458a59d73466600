using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>One order of the 202309 Order API (the fields the hub reads); times are unix seconds, money decimal strings.</summary>
internal sealed record TikTokOrder
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("create_time")] public long? CreateTime { get; init; }
    [JsonPropertyName("update_time")] public long? UpdateTime { get; init; }
    [JsonPropertyName("buyer_email")] public string? BuyerEmail { get; init; }
    [JsonPropertyName("is_on_hold_order")] public bool? IsOnHoldOrder { get; init; }
    [JsonPropertyName("fulfillment_type")] public string? FulfillmentType { get; init; }
    [JsonPropertyName("delivery_type")] public string? DeliveryType { get; init; }
    [JsonPropertyName("payment")] public TikTokPayment? Payment { get; init; }
    [JsonPropertyName("recipient_address")] public TikTokRecipientAddress? RecipientAddress { get; init; }
    [JsonPropertyName("line_items")] public IReadOnlyList<TikTokLineItem>? LineItems { get; init; }
    [JsonPropertyName("packages")] public IReadOnlyList<TikTokPackageRef>? Packages { get; init; }
}

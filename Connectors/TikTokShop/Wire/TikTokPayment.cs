using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>An order's payment: decimal strings in <see cref="Currency"/>.</summary>
internal sealed record TikTokPayment
{
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("sub_total")] public string? SubTotal { get; init; }
    [JsonPropertyName("shipping_fee")] public string? ShippingFee { get; init; }
    [JsonPropertyName("seller_discount")] public string? SellerDiscount { get; init; }
    [JsonPropertyName("platform_discount")] public string? PlatformDiscount { get; init; }
    [JsonPropertyName("tax")] public string? Tax { get; init; }
    [JsonPropertyName("total_amount")] public string? TotalAmount { get; init; }
}

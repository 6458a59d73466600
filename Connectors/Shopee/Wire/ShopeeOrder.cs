using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>One order of get_order_detail, with the optional fields the connector asks for. Money is in <see cref="Currency"/>; times are unix seconds.</summary>
internal sealed record ShopeeOrder
{
    [JsonPropertyName("order_sn")]
    public string? OrderSn { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    [JsonPropertyName("cod")]
    public bool Cod { get; init; }

    [JsonPropertyName("order_status")]
    public string? OrderStatus { get; init; }

    [JsonPropertyName("message_to_seller")]
    public string? MessageToSeller { get; init; }

    [JsonPropertyName("create_time")]
    public long CreateTime { get; init; }

    [JsonPropertyName("update_time")]
    public long UpdateTime { get; init; }

    [JsonPropertyName("days_to_ship")]
    public int? DaysToShip { get; init; }

    [JsonPropertyName("ship_by_date")]
    public long? ShipByDate { get; init; }

    [JsonPropertyName("pay_time")]
    public long? PayTime { get; init; }

    [JsonPropertyName("buyer_user_id")]
    public long? BuyerUserId { get; init; }

    [JsonPropertyName("buyer_username")]
    public string? BuyerUsername { get; init; }

    [JsonPropertyName("estimated_shipping_fee")]
    public decimal? EstimatedShippingFee { get; init; }

    [JsonPropertyName("actual_shipping_fee")]
    public decimal? ActualShippingFee { get; init; }

    [JsonPropertyName("actual_shipping_fee_confirmed")]
    public bool? ActualShippingFeeConfirmed { get; init; }

    [JsonPropertyName("total_amount")]
    public decimal? TotalAmount { get; init; }

    [JsonPropertyName("fulfillment_flag")]
    public string? FulfillmentFlag { get; init; }

    [JsonPropertyName("shipping_carrier")]
    public string? ShippingCarrier { get; init; }

    [JsonPropertyName("payment_method")]
    public string? PaymentMethod { get; init; }

    [JsonPropertyName("cancel_by")]
    public string? CancelBy { get; init; }

    [JsonPropertyName("recipient_address")]
    public ShopeeRecipientAddress? RecipientAddress { get; init; }

    [JsonPropertyName("item_list")]
    public IReadOnlyList<ShopeeOrderItem>? ItemList { get; init; }

    [JsonPropertyName("package_list")]
    public IReadOnlyList<ShopeePackage>? PackageList { get; init; }
}

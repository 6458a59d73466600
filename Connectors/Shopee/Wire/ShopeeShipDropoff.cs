using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeShipDropoff
{
    [JsonPropertyName("branch_id")]
    public long? BranchId { get; init; }

    [JsonPropertyName("sender_real_name")]
    public string? SenderRealName { get; init; }

    [JsonPropertyName("tracking_number")]
    public string? TrackingNumber { get; init; }
}

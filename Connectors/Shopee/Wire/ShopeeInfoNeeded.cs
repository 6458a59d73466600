using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>Which ship_order object the order's channel takes, and the fields it needs; a missing list means that mode is not offered.</summary>
internal sealed record ShopeeInfoNeeded
{
    [JsonPropertyName("dropoff")]
    public IReadOnlyList<string>? Dropoff { get; init; }

    [JsonPropertyName("pickup")]
    public IReadOnlyList<string>? Pickup { get; init; }

    [JsonPropertyName("non_integrated")]
    public IReadOnlyList<string>? NonIntegrated { get; init; }
}

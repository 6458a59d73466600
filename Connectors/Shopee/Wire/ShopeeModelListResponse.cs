using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>get_model_list: the item's variation tiers and its models (variants), each with price and stock.</summary>
internal sealed record ShopeeModelListResponse
{
    [JsonPropertyName("tier_variation")]
    public IReadOnlyList<ShopeeTierVariation>? TierVariation { get; init; }

    [JsonPropertyName("model")]
    public IReadOnlyList<ShopeeModel>? Model { get; init; }
}

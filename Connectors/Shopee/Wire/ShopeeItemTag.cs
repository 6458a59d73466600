using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeItemTag
{
    /// <summary>A kit (bundle) item.</summary>
    [JsonPropertyName("kit")]
    public bool? Kit { get; init; }
}

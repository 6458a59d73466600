using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeTierOption
{
    [JsonPropertyName("option")]
    public string? Option { get; init; }
}

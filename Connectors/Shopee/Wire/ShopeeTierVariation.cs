using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>One variation tier ("Colour") and its options; a model's tier_index picks one option per tier.</summary>
internal sealed record ShopeeTierVariation
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("option_list")]
    public IReadOnlyList<ShopeeTierOption>? OptionList { get; init; }
}

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>Package size in centimetres.</summary>
internal sealed record ShopeeDimension
{
    [JsonPropertyName("package_length")]
    public decimal? PackageLength { get; init; }

    [JsonPropertyName("package_width")]
    public decimal? PackageWidth { get; init; }

    [JsonPropertyName("package_height")]
    public decimal? PackageHeight { get; init; }
}

using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeTaxInfo
{
    /// <summary>HS code (IN region only).</summary>
    [JsonPropertyName("hs_code")]
    public string? HsCode { get; init; }
}

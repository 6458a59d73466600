using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Where an inventory pull resumes: the merchant-fulfilled stock read from the listings and the FBA summaries each
/// keep their own watermark checkpoint, as two streams read one after the other in every run.
/// </summary>
internal sealed record AmazonInventoryCheckpoint(
    [property: JsonPropertyName("merchant")] string? Merchant,
    [property: JsonPropertyName("fba")] string? Fba)
{
    public static AmazonInventoryCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AmazonInventoryCheckpoint(null, null);
        }

        try
        {
            return JsonSerializer.Deserialize(text, Wire.AmazonJsonContext.Default.AmazonInventoryCheckpoint) ?? new AmazonInventoryCheckpoint(null, null);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not an Amazon inventory checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, Wire.AmazonJsonContext.Default.AmazonInventoryCheckpoint);
}

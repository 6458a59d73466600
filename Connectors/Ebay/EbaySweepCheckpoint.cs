using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// Where a sweep of getInventoryItems resumes: the offset of the next page (as eBay's <c>next</c> href gave it) while a
/// sweep is under way; none once a sweep has read the last page, so the next run sweeps again from the start.
/// </summary>
internal sealed record EbaySweepCheckpoint([property: JsonPropertyName("offset")] long? Offset)
{
    public static EbaySweepCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new EbaySweepCheckpoint((long?)null);
        }

        try
        {
            return JsonSerializer.Deserialize(text, Wire.EbayJsonContext.Default.EbaySweepCheckpoint) ?? new EbaySweepCheckpoint((long?)null);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not an eBay inventory sweep checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, Wire.EbayJsonContext.Default.EbaySweepCheckpoint);
}

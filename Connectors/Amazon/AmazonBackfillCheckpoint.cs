using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>A report backfill under way: the time-window checkpoint of the report window being read.</summary>
internal sealed record AmazonBackfillCheckpoint([property: JsonPropertyName("backfill")] string Window)
{
    /// <summary>The backfill checkpoint in <paramref name="text"/>, or null for any other checkpoint (an updated-since one).</summary>
    public static AmazonBackfillCheckpoint? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Contains("\"backfill\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, Wire.AmazonJsonContext.Default.AmazonBackfillCheckpoint);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not an Amazon backfill checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, Wire.AmazonJsonContext.Default.AmazonBackfillCheckpoint);
}

using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;

namespace CrossBorderHub.Scheduler.Steering;

/// <summary>
/// The checkpoint a backfill starts from: the stored one's shape, moved back to the date. A time-window checkpoint
/// becomes an empty window ending at the date, so the cursor walks the marketplace's allowed windows from there; an
/// updated-since watermark becomes the date. Null (start as a first sync) when there is nothing of a known shape.
/// </summary>
public static class BackfillCheckpoint
{
    public static string? From(string? stored, DateTimeOffset from)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(stored);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var start = from.ToUniversalTime();
            if (document.RootElement.TryGetProperty("windowStart", out _))
            {
                return new WindowCheckpoint(start, start).ToString();
            }

            return document.RootElement.TryGetProperty("updatedAt", out _) ? new WatermarkCheckpoint(start).ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

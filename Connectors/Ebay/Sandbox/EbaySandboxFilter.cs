using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// getOrders' filter as eBay spells it: <c>lastmodifieddate:[from..to]</c> or <c>creationdate:[from..]</c>, both ends
/// inclusive and either open. No filter means orders of the last 90 days. Null for a filter eBay would refuse.
/// </summary>
internal static class EbaySandboxFilter
{
    public static SandboxWindow? Parse(string? filter, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new SandboxWindow(now.AddDays(-90));
        }

        // creationdate wins when both are given; in this sandbox an order's creation and last change share one sort key.
        var criteria = filter.Split(',', StringSplitOptions.TrimEntries);
        var range = criteria.FirstOrDefault(c => c.StartsWith("creationdate:", StringComparison.Ordinal))
            ?? criteria.FirstOrDefault(c => c.StartsWith("lastmodifieddate:", StringComparison.Ordinal));
        if (range is null)
        {
            return null;
        }

        var value = range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (value.Length < 4 || value[0] != '[' || value[^1] != ']' || dots < 0)
        {
            return null;
        }

        var from = value[1..dots];
        var to = value[(dots + 2)..^1];
        if (!TryStamp(from, out var start) || !TryStamp(to, out var end))
        {
            return null;
        }

        // Timestamps carry milliseconds: "to" includes its whole millisecond.
        return new SandboxWindow(start, FromInclusive: true, end?.AddMilliseconds(1));
    }

    private static bool TryStamp(string text, out DateTimeOffset? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}

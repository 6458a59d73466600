using System.Globalization;

namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>A stream position as a page token: the count of records read, in invariant digits.</summary>
public static class StreamPosition
{
    public static string Format(long position) => position.ToString(CultureInfo.InvariantCulture);

    public static long Parse(string? token) =>
        long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw new ArgumentException($"'{MarketplaceException.Bound(token ?? "(none)", 40)}' is not a stream position.", nameof(token));
}

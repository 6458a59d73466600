using System.Globalization;
using System.Text;

namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// Opaque cursors, as marketplaces hand them out: base64 of a record's sort key (ticks) and index. A position in a
/// nested list is the same shape with the epoch as its key.
/// </summary>
public static class SandboxCursor
{
    public static string Encode(SandboxKey key) => Encode(key.At, key.Index);

    public static string Encode(DateTimeOffset at, int index)
    {
        // "{ticks}:{index}" in ASCII, formatted on the stack: one cursor per edge is written on every page.
        Span<byte> text = stackalloc byte[48];
        var ok = at.UtcTicks.TryFormat(text, out var written, provider: CultureInfo.InvariantCulture);
        text[written++] = (byte)':';
        ok &= index.TryFormat(text[written..], out var tail, provider: CultureInfo.InvariantCulture);
        return ok ? Convert.ToBase64String(text[..(written + tail)]) : throw new InvalidOperationException("A cursor did not fit its buffer.");
    }

    /// <summary>The key a cursor carries, or null for no cursor or one this sandbox never issued.</summary>
    public static SandboxKey? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(cursor)).Split(':');
            return new SandboxKey(
                new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero),
                int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The cursor after the first <paramref name="position"/> items of a nested list.</summary>
    public static string Position(int position) => Encode(DateTimeOffset.UnixEpoch, position);

    /// <summary>How many items of a nested list a cursor has passed (0 for none or a foreign cursor).</summary>
    public static int PositionOf(string? cursor) => Math.Max(0, Decode(cursor)?.Index ?? 0);
}

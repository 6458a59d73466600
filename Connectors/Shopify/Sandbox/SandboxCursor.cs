using System.Globalization;
using System.Text;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>Opaque cursors: base64 of the sort key (updatedAt ticks) and the record index.</summary>
internal static class SandboxCursor
{
    public static string Encode(DateTimeOffset key, int index)
    {
        // "{ticks}:{index}" in ASCII, formatted on the stack: one cursor per edge is written on every page.
        Span<byte> text = stackalloc byte[48];
        var ok = key.UtcTicks.TryFormat(text, out var written, provider: CultureInfo.InvariantCulture);
        text[written++] = (byte)':';
        ok &= index.TryFormat(text[written..], out var tail, provider: CultureInfo.InvariantCulture);
        return ok ? Convert.ToBase64String(text[..(written + tail)]) : throw new InvalidOperationException("A cursor did not fit its buffer.");
    }

    public static (DateTimeOffset Key, int Index)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(cursor)).Split(':');
            return (new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

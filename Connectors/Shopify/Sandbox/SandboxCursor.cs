using System.Globalization;
using System.Text;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>Opaque cursors: base64 of the sort key (updatedAt ticks) and the record index.</summary>
internal static class SandboxCursor
{
    public static string Encode(DateTimeOffset key, int index) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{key.UtcTicks}:{index}")));

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

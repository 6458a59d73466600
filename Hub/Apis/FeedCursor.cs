using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// The change-feed cursor handed to ERP clients: an opaque token over the change sequence, so the
/// encoding can change without breaking clients that only echo it back.
/// </summary>
internal static class FeedCursor
{
    private const string Prefix = "v1.";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? cursor, out long sequence)
    {
        sequence = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

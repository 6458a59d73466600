using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.Shopee.Webhooks;

/// <summary>
/// The <c>Authorization</c> header of a Shopee push: lowercase hex HMAC-SHA256, keyed with the partner key's UTF-8 bytes,
/// over the push URL (the callback URL as registered), a <c>|</c>, and the raw body exactly as received.
/// </summary>
public static class ShopeePushSignature
{
    public const string Header = "Authorization";

    public static string Sign(string partnerKey, string url, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(partnerKey);
        ArgumentNullException.ThrowIfNull(url);
        return Convert.ToHexStringLower(Hash(partnerKey, url, body));
    }

    /// <summary>True when <paramref name="received"/> is the signature of <paramref name="url"/> and <paramref name="body"/>, compared in constant time.</summary>
    public static bool Matches(string partnerKey, string url, ReadOnlySpan<byte> body, string? received)
    {
        ArgumentNullException.ThrowIfNull(partnerKey);
        ArgumentNullException.ThrowIfNull(url);
        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var text = received.AsSpan().Trim();
        if (text.Length != HMACSHA256.HashSizeInBytes * 2 || Convert.FromHexString(text, claimed, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != claimed.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(partnerKey, url, body), claimed);
    }

    private static byte[] Hash(string partnerKey, string url, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(url + "|");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(partnerKey), message);
    }
}

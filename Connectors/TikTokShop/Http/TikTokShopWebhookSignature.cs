using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// A TikTok Shop webhook's Authorization header: lowercase hex HMAC-SHA256 keyed with the app secret over the app key
/// followed by the raw body, compared in constant time.
/// </summary>
public static class TikTokShopWebhookSignature
{
    public static string Compute(string appKey, string appSecret, ReadOnlySpan<byte> rawBody) =>
        Convert.ToHexStringLower(Hash(appKey, appSecret, rawBody));

    /// <summary>True when <paramref name="authorization"/> is the hex signature of the body (either letter case).</summary>
    public static bool Verify(string appKey, string appSecret, ReadOnlySpan<byte> rawBody, string? authorization)
    {
        var expected = Hash(appKey, appSecret, rawBody);
        var presented = authorization?.Trim();
        if (presented is null || presented.Length != expected.Length * 2)
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[expected.Length];
        return Convert.FromHexString(presented, decoded, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, decoded);
    }

    private static byte[] Hash(string appKey, string appSecret, ReadOnlySpan<byte> rawBody)
    {
        ArgumentNullException.ThrowIfNull(appKey);
        ArgumentNullException.ThrowIfNull(appSecret);
        var key = Encoding.UTF8.GetBytes(appKey);
        var message = new byte[key.Length + rawBody.Length];
        key.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(key.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message);
    }
}

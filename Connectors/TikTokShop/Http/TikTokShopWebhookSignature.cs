using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// A TikTok Shop webhook's Authorization header: lowercase hex HMAC-SHA256 keyed with the app secret over the app key
/// followed by the raw body, compared in constant time.
/// </summary>
public static class TikTokShopWebhookSignature
{
    public static string Compute(string appKey, string appSecret, ReadOnlySpan<byte> rawBody)
    {
        ArgumentNullException.ThrowIfNull(appKey);
        ArgumentNullException.ThrowIfNull(appSecret);
        var key = Encoding.UTF8.GetBytes(appKey);
        var message = new byte[key.Length + rawBody.Length];
        key.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(key.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message));
    }

    public static bool Verify(string appKey, string appSecret, ReadOnlySpan<byte> rawBody, string? authorization) =>
        authorization is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(appKey, appSecret, rawBody)),
            Encoding.ASCII.GetBytes(authorization.Trim().ToLowerInvariant()));
}

using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.Shopify.Webhooks;

/// <summary>X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw request body, keyed with the app's client secret.</summary>
internal static class ShopifyWebhookSignature
{
    public static string Sign(ReadOnlySpan<byte> body, string clientSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), body));

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> under <paramref name="clientSecret"/>, compared in constant time.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? header, string clientSecret)
    {
        Span<byte> claimed = stackalloc byte[SHA256.HashSizeInBytes];
        if (string.IsNullOrEmpty(header)
            || !Convert.TryFromBase64String(header, claimed, out var written)
            || written != SHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(claimed, expected);
    }
}

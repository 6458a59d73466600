using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// The request signature of the TikTok Shop Open API (Partner Center "Sign your API request"): lowercase hex
/// HMAC-SHA256, keyed with the app secret, over secret + path + each query parameter but sign and access_token sorted
/// by key as key then value + the raw body (not for GET or multipart) + secret.
/// </summary>
internal static class TikTokShopSignature
{
    public static string Sign(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string? body)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        var text = new StringBuilder(appSecret).Append(path);
        foreach (var (key, value) in query
                     .Where(p => p.Key is not TikTokShopConstants.SignParameter and not TikTokShopConstants.AccessTokenParameter)
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        text.Append(body).Append(appSecret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>True when <paramref name="sign"/> is the signature of the request, compared in constant time.</summary>
    public static bool Verify(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string? body, string? sign) =>
        sign is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(appSecret, path, query, body)),
            Encoding.ASCII.GetBytes(sign.ToLowerInvariant()));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Shopee Open Platform v2 request signing: lowercase hex HMAC-SHA256 keyed with the partner key's UTF-8 bytes over
/// partner_id + api_path + timestamp, followed by access_token + shop_id for shop APIs.
/// </summary>
public static class ShopeeSigner
{
    public static string BaseString(long partnerId, string apiPath, long timestamp, string? accessToken = null, long? shopId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiPath);
        var text = string.Concat(partnerId.ToString(CultureInfo.InvariantCulture), apiPath, timestamp.ToString(CultureInfo.InvariantCulture));
        return accessToken is null ? text : string.Concat(text, accessToken, shopId?.ToString(CultureInfo.InvariantCulture));
    }

    public static string Sign(string partnerKey, long partnerId, string apiPath, long timestamp, string? accessToken = null, long? shopId = null)
    {
        ArgumentNullException.ThrowIfNull(partnerKey);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(partnerKey), Encoding.UTF8.GetBytes(BaseString(partnerId, apiPath, timestamp, accessToken, shopId)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Compares a received sign with the expected one in constant time (for the sandbox's verification).</summary>
    public static bool Matches(string expected, string? received) =>
        received is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received));
}

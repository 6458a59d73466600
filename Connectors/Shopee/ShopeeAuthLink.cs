using System.Globalization;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>The authorization link: shop/auth_partner with partner_id, timestamp, the public-call sign and the redirect.</summary>
public static class ShopeeAuthLink
{
    public static Uri Build(Uri baseUrl, long partnerId, string partnerKey, Uri redirect, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(redirect);
        var sign = ShopeeSigner.Sign(partnerKey, partnerId, ShopeeConstants.Paths.AuthPartner, timestamp);
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"partner_id={partnerId}&timestamp={timestamp}&sign={sign}&redirect={Uri.EscapeDataString(redirect.AbsoluteUri)}");
        return new UriBuilder(new Uri(baseUrl, ShopeeConstants.Paths.AuthPartner)) { Query = query }.Uri;
    }
}

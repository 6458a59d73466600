using CrossBorderHub.Connectors.TikTokShop.Wire;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector
{
    /// <summary>
    /// A store saved without its shop cipher gets it from the authorized shops list (an app-level call) by its shop id,
    /// once per process; a shop the seller has not authorized the app for needs re-authorization.
    /// </summary>
    private async Task EnsureShopCipherAsync(TikTokShopSession session, CancellationToken cancellationToken)
    {
        if (session.ShopCipher is not null)
        {
            return;
        }

        if (ciphers.Find(session) is { } known)
        {
            session.ShopCipher = known;
            return;
        }

        var data = await CallAsync(session, shopScoped: false, (store, ct) => api.GetAuthorizedShopsAsync(store, ct), cancellationToken);
        var shops = ShopsOf(data, session.BaseUrl.Host);
        var shop = shops.FirstOrDefault(s => string.Equals(s.Id, session.Settings.ShopId, StringComparison.Ordinal))
            ?? throw new MarketplaceException(
                MarketplaceFailureKind.AuthorizationRefused,
                Marketplace,
                null,
                $"The seller has not authorized app {session.Settings.AppKey} for TikTok Shop shop {session.Settings.ShopId} ({shops.Count} other shops are authorized).");
        if (string.IsNullOrEmpty(shop.Cipher))
        {
            throw _errors.Malformed(session.BaseUrl.Host, $"the authorized shop {shop.Id} has no cipher.");
        }

        ciphers.Remember(session, shop.Cipher);
        session.ShopCipher = shop.Cipher;
        TikTokShopLog.ShopCipherFound(logger, session.Account.Id, session.Settings.ShopId);
    }

    /// <summary>The authorized shops list; an entry without an id names no shop and is left out (a cipher is checked where it is used).</summary>
    private IReadOnlyList<TikTokShopAuthorizedShop> ShopsOf(TikTokAuthorizedShopsData data, string host)
    {
        var shops = data.Shops ?? throw _errors.Malformed(host, "the authorized shops answer has no shops list.");
        return
        [
            .. shops.Where(s => !string.IsNullOrEmpty(s.Id))
                .Select(s => new TikTokShopAuthorizedShop(s.Id!, s.Name, s.Region, string.IsNullOrEmpty(s.Cipher) ? null : s.Cipher)),
        ];
    }
}

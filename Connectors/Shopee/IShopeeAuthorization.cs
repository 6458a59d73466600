namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Shopee's authorization flow, for a consent page to use: the link a seller opens to authorize the app, and the exchange
/// of the one-time code Shopee sends back (with the shop id) for the shop's first access and refresh tokens.
/// </summary>
public interface IShopeeAuthorization
{
    /// <summary>
    /// {host}/api/v2/shop/auth_partner signed as a public call (partner_id + path + timestamp) with now's timestamp; Shopee
    /// accepts it for 5 minutes and sends the seller back to <paramref name="redirect"/>?code=…&amp;shop_id=….
    /// </summary>
    Uri AuthorizationLink(ShopeePartner partner, Uri redirect);

    /// <summary>auth/token/get with the code (single-use, valid 10 minutes) and the shop id the redirect carried.</summary>
    /// <exception cref="MarketplaceException">Shopee refused the code or the partner, or could not be reached.</exception>
    Task<ShopeeShopTokens> ExchangeCodeAsync(ShopeePartner partner, string code, long shopId, CancellationToken cancellationToken);

    /// <summary>
    /// The shop's name from shop/get_shop_info, read with the tokens just obtained; null when Shopee does not answer with
    /// one (the name is a convenience, so a failure here never fails the authorization).
    /// </summary>
    Task<string?> ShopNameAsync(ShopeePartner partner, ShopeeShopTokens tokens, CancellationToken cancellationToken);
}

using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopee.Http;
using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector : IShopeeAuthorization
{
    public Uri AuthorizationLink(ShopeePartner partner, Uri redirect)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return ShopeeAuthLink.Build(BaseUrlOf(partner), partner.PartnerId, partner.PartnerKey, redirect, time.GetUtcNow().ToUnixTimeSeconds());
    }

    /// <summary>The code is single-use, so the exchange is marked as changing state: an attempt that timed out is not sent again.</summary>
    public async Task<ShopeeShopTokens> ExchangeCodeAsync(ShopeePartner partner, string code, long shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var baseUrl = BaseUrlOf(partner);
        var store = new ShopeeRequestContext($"partner-{partner.PartnerId}", baseUrl, partner.PartnerId, partner.PartnerKey, null, null, ShopeeConstants.Paths.GetAccessToken);
        var request = new ShopeeGetAccessTokenRequest(code, partner.PartnerId, shopId);
        var (answer, status) = await SendAsync(baseUrl.Host, () => api.GetAccessTokenAsync(request, store, true, cancellationToken), cancellationToken);
        if (answer is { Error: null or "", AccessToken: { Length: > 0 } access, RefreshToken: { Length: > 0 } refresh } && status is null)
        {
            return new ShopeeShopTokens(shopId, access, refresh, TimeSpan.FromSeconds(answer.ExpireIn ?? 0));
        }

        var error = new MarketplaceError(NullIfEmpty(answer?.Error), NullIfEmpty(answer?.Message));
        if (error.Code is null)
        {
            throw status is { } failed
                ? _failures.FromStatus(baseUrl.Host, failed)
                : _failures.Malformed(baseUrl.Host, "the code exchange answered without an access token and a refresh token.");
        }

        throw _failures.FromError(ShopeeErrors.KindOf(error.Code), baseUrl.Host, error with { Message = $"exchanging the authorization code: {error.Message}" });
    }

    public async Task<string?> ShopNameAsync(ShopeePartner partner, ShopeeShopTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(tokens);
        var baseUrl = BaseUrlOf(partner);
        var shop = new ShopeeRequestContext($"partner-{partner.PartnerId}", baseUrl, partner.PartnerId, partner.PartnerKey, tokens.AccessToken, tokens.ShopId, ShopeeConstants.Paths.ShopInfo);
        try
        {
            var (answer, status) = await SendAsync(baseUrl.Host, () => api.GetShopInfoAsync(shop, cancellationToken), cancellationToken);
            return status is null && answer is { Error: null or "", ShopName: { } name } && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;
        }
        catch (MarketplaceException e)
        {
            ShopeeLog.ShopNameUnavailable(logger, tokens.ShopId, e.Kind);
            return null;
        }
    }

    private static Uri BaseUrlOf(ShopeePartner partner) =>
        partner.BaseUrl
        ?? ShopeeStoreAccount.BaseUrlFor(partner.Host)
        ?? throw new ArgumentException($"'{partner.Host}' is not a Shopee platform: use global, cn or sandbox.", nameof(partner));
}

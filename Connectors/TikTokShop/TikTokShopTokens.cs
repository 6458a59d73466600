using System.Globalization;
using CrossBorderHub.Connectors.TikTokShop.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// Keeps a shop's access token usable: refreshed before it expires (or once when TikTok refuses it) and written back
/// through <see cref="IStoreCredentialWriter"/>, which runs one refresh per store however many runs ask at once
/// (TikTok's refresh token rotates, so a second refresh with the old one would fail).
/// </summary>
internal sealed class TikTokShopTokens(
    ITikTokShopAuthApi auth, IStoreCredentialWriter writer, TimeProvider time, IOptions<TikTokShopOptions> options, ILogger<TikTokShopTokens> logger)
{
    private readonly TikTokShopErrors _errors = new();

    /// <summary>Refreshes the session's token when it expires within the skew; a token of unknown expiry is used as it is.</summary>
    public async Task EnsureFreshAsync(TikTokShopSession session, CancellationToken cancellationToken)
    {
        var expiresAt = session.Typed().AccessTokenExpiresAt;
        if (expiresAt is null
            || DateTimeOffset.FromUnixTimeSeconds(long.Parse(expiresAt, CultureInfo.InvariantCulture)) - options.Value.TokenRefreshSkew > time.GetUtcNow())
        {
            return;
        }

        await RefreshAsync(session, cancellationToken);
    }

    public async Task RefreshAsync(TikTokShopSession session, CancellationToken cancellationToken)
    {
        session.Credentials = await writer.RotateAsync(
            session.Account.Id, session.Credentials, (stored, ct) => CallRefreshAsync(session, stored, ct), cancellationToken);
    }

    /// <summary>Exchanges a seller's authorization code; the app's own pipeline (keyed by app key), as no store exists yet.</summary>
    public async Task<TikTokShopGrant> ExchangeCodeAsync(string appKey, string appSecret, string authCode, Uri authUrl, CancellationToken cancellationToken)
    {
        var host = authUrl.Host;
        TikTokShopLog.ExchangingCode(logger, appKey);
        Refit.IApiResponse<Wire.TikTokEnvelope<Wire.TikTokTokenData>> response;
        try
        {
            response = await auth.GetTokenAsync(
                appKey, appSecret, authCode, TikTokShopConstants.AuthorizationCodeGrant, new TikTokShopAuthHost("app:" + appKey, authUrl), true, cancellationToken);
        }
        catch (Exception e) when (Kit.Failures.MarketplaceFailures.IsTransport(e))
        {
            throw _errors.FromException(host, e);
        }

        using (response)
        {
            var data = _errors.DataOf(host, response, cancellationToken, "exchanging the authorization code");
            if (data is not { AccessToken: { Length: > 0 } access, RefreshToken: { Length: > 0 } refresh, OpenId: { Length: > 0 } openId })
            {
                throw _errors.Malformed(host, "the code exchange answered without an access_token, a refresh_token or an open_id.");
            }

            var scopes = data.GrantedScopes ?? [];
            TikTokShopLog.CodeExchanged(logger, appKey, openId, scopes.Count);
            return new TikTokShopGrant(
                access, At(data.AccessTokenExpireIn), refresh, At(data.RefreshTokenExpireIn), openId, data.SellerName, data.SellerBaseRegion, scopes);
        }
    }

    private static DateTimeOffset? At(long? unixSeconds) => unixSeconds is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private async Task<IReadOnlyDictionary<string, string>> CallRefreshAsync(
        TikTokShopSession session, IReadOnlyDictionary<string, string> stored, CancellationToken cancellationToken)
    {
        var credentials = (session.Account with { Credentials = stored }).CredentialsAs<TikTokShopCredentials>();
        var host = session.AuthUrl.Host;
        TikTokShopLog.RefreshingToken(logger, session.Account.Id);
        Refit.IApiResponse<Wire.TikTokEnvelope<Wire.TikTokTokenData>> response;
        try
        {
            response = await auth.RefreshTokenAsync(
                session.Settings.AppKey, credentials.AppSecret, credentials.RefreshToken, TikTokShopConstants.RefreshTokenGrant,
                new TikTokShopAuthHost(session.StoreKey, session.AuthUrl), cancellationToken);
        }
        catch (Exception e) when (Kit.Failures.MarketplaceFailures.IsTransport(e))
        {
            throw _errors.FromException(host, e);
        }

        using (response)
        {
            var data = _errors.DataOf(host, response, cancellationToken);
            if (string.IsNullOrEmpty(data.AccessToken) || string.IsNullOrEmpty(data.RefreshToken))
            {
                throw _errors.Malformed(host, "the token answer has no access_token or refresh_token.");
            }

            var rotated = new Dictionary<string, string>(stored, StringComparer.Ordinal)
            {
                [TikTokShopConstants.AccessTokenCredential] = data.AccessToken,
                [TikTokShopConstants.RefreshTokenCredential] = data.RefreshToken,
            };
            if (data.AccessTokenExpireIn is { } expiry)
            {
                rotated[TikTokShopConstants.AccessTokenExpiresAtCredential] = expiry.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                rotated.Remove(TikTokShopConstants.AccessTokenExpiresAtCredential);
            }

            return rotated;
        }
    }
}

using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector
{
    /// <summary>
    /// Refreshes the access token through the credential writer, so the single-use refresh token is spent and replaced
    /// atomically and once per store: a caller holding the same stale tokens gets the rotated ones without a second refresh.
    /// </summary>
    private async Task RefreshAsync(ShopeeSession session, CancellationToken cancellationToken)
    {
        var rotated = await credentialWriter.RotateAsync(
            session.Account.Id,
            session.Seen,
            async (current, ct) =>
            {
                var credentials = ShopeeStoreAccount.CredentialsFrom(current);
                var request = new ShopeeRefreshTokenRequest(credentials.RefreshToken, session.Settings.PartnerId, session.Settings.ShopId);

                // Marked as changing state: an attempt that timed out may have spent the refresh token, so it is not retried blindly.
                var (answer, status) = await SendAsync(
                    session,
                    () => api.RefreshAccessTokenAsync(request, session.Public(ShopeeConstants.Paths.RefreshAccessToken, credentials.PartnerKey), true, ct),
                    ct);
                if (answer is { Error: null or "", AccessToken: { Length: > 0 } access, RefreshToken: { Length: > 0 } refresh } && status is null)
                {
                    return (credentials with { AccessToken = access, RefreshToken = refresh }).ToDictionary();
                }

                var error = new MarketplaceError(NullIfEmpty(answer?.Error), NullIfEmpty(answer?.Message));
                if (error.Code is null && status is null)
                {
                    throw _failures.Malformed(session.BaseUrl.Host, "the token refresh answered without an access token and a refresh token.");
                }

                // A refused refresh token cannot be retried into working: the seller must authorize the shop again.
                var kind = ShopeeErrors.KindOf(error.Code) is var k && k == MarketplaceFailureKind.Rejected && error.Code is not null
                    ? MarketplaceFailureKind.AuthorizationRefused
                    : ShopeeErrors.KindOf(error.Code);
                throw status is { } code && error.Code is null
                    ? _failures.FromStatus(session.BaseUrl.Host, code)
                    : _failures.FromError(kind, session.BaseUrl.Host, error with { Message = $"refreshing the access token: {error.Message}" });
            },
            cancellationToken);
        session.Use(rotated);
        ShopeeLog.AccessTokenRefreshed(logger, session.Account.Id);
    }
}

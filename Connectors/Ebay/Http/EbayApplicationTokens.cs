using System.Collections.Concurrent;
using System.Text;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Application access tokens (client-credentials grant, scope <see cref="EbayConstants.ApplicationScope"/>) per App ID
/// and token host, cached until <see cref="EbayOptions.TokenRefreshMargin"/> before they expire. eBay allows 1,000
/// such grants a day; one lasts hours, and only getRateLimits uses it.
/// </summary>
internal sealed class EbayApplicationTokens(IEbayIdentityApi identity, TimeProvider time, IOptions<EbayOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<(string App, Uri Host), (string Token, DateTimeOffset ExpiresAt)> _tokens = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MarketplaceFailures _failures = new(EbayConstants.Marketplace, EbayConstants.DisplayName);

    public async ValueTask<string> GetAsync(EbayRequestContext store, CancellationToken cancellationToken)
    {
        var key = (store.ApplicationKey, store.AuthBase);
        if (Fresh(key) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(key) is { } refreshed)
            {
                return refreshed;
            }

            var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = EbayConstants.ApplicationScope };
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{store.Credentials.ClientId}:{store.Credentials.ClientSecret}"));
            var host = store.AuthBase.Host;
            IApiResponse<EbayTokenResponse> response;
            try
            {
                response = await identity.TokenAsync(form, $"Basic {basic}", store, cancellationToken);
            }
            catch (Exception e) when (MarketplaceFailures.IsTransport(e))
            {
                throw _failures.FromException(host, e);
            }

            using (response)
            {
                if (response.Error is ApiRequestException { InnerException: { } cause })
                {
                    throw _failures.FromException(host, cause);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw _failures.FromStatus(host, response.StatusCode ?? default, EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content));
                }

                if (response.Content is not { AccessToken.Length: > 0, ExpiresIn: > 0 } content)
                {
                    throw _failures.Malformed(host, "the application token answer has no access_token or expires_in.");
                }

                _tokens[key] = (content.AccessToken, time.GetUtcNow().AddSeconds(content.ExpiresIn.Value));
                return content.AccessToken;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh((string, Uri) key) =>
        _tokens.TryGetValue(key, out var held) && time.GetUtcNow() < held.ExpiresAt - options.Value.TokenRefreshMargin ? held.Token : null;
}

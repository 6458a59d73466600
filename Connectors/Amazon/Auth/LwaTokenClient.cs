using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>
/// The Login with Amazon token endpoint, POST /auth/o2/token, form-encoded as Amazon's own clients send it: the
/// refresh-token grant for every SP-API call, and the authorization-code grant that turns a seller's consent
/// (spapi_oauth_code) into a refresh token. An app secret configured in <see cref="AmazonOptions.ClientSecrets"/> is
/// tried before the store's own on a refresh; invalid_client for it falls back to the store's.
/// </summary>
internal sealed class LwaTokenClient(HttpClient http, IOptionsMonitor<AmazonOptions> options, ILogger<LwaTokenClient> logger)
{
    private const string InvalidClient = "invalid_client";

    private static readonly MarketplaceFailures Failures = new(AmazonConstants.Marketplace, "Login with Amazon");

    private static readonly HttpRequestOptionsKey<bool> ChangesState = new(UnsafeRequestRetry.OptionName);

    /// <summary>A fresh access token and its lifetime in seconds.</summary>
    /// <exception cref="MarketplaceException">Refused credentials (invalid_grant, invalid_client, ...), or LWA could not be reached.</exception>
    public async Task<(string AccessToken, int ExpiresIn)> RefreshAsync(LwaTokenKey key, CancellationToken cancellationToken)
    {
        var rotated = options.CurrentValue.ClientSecrets.LastOrDefault(s => s.ClientId == key.ClientId)?.ClientSecret;
        if (string.IsNullOrEmpty(rotated) || rotated == key.ClientSecret)
        {
            return await RefreshWithAsync(key, key.ClientSecret, cancellationToken);
        }

        try
        {
            return await RefreshWithAsync(key, rotated, cancellationToken);
        }
        catch (MarketplaceException e) when (e.Code == InvalidClient)
        {
            AmazonLog.RotatedSecretRefused(logger, key.ClientId, e.Code);
            return await RefreshWithAsync(key, key.ClientSecret, cancellationToken);
        }
    }

    /// <summary>
    /// The authorization-code grant: the seller's spapi_oauth_code (valid five minutes, single use) for the app's refresh
    /// token. Sent once: only a throttled answer (429, not executed) is retried, since a timeout or 5xx may have spent the code.
    /// </summary>
    /// <exception cref="MarketplaceException">The code or the app was refused (invalid_grant, invalid_client, ...), or LWA could not be reached.</exception>
    public async Task<string> ExchangeCodeAsync(Uri authUrl, string code, Uri redirectUri, string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        };
        var token = await PostAsync(authUrl, form, changesState: true, "the authorization code", cancellationToken);
        return token.RefreshToken is { Length: > 0 } refreshToken
            ? refreshToken
            : throw Failures.Malformed(authUrl.Host, "the authorization code answer has no refresh_token.");
    }

    private async Task<(string AccessToken, int ExpiresIn)> RefreshWithAsync(LwaTokenKey key, string clientSecret, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = key.RefreshToken,
            ["client_id"] = key.ClientId,
            ["client_secret"] = clientSecret,
        };
        var token = await PostAsync(key.AuthUrl, form, changesState: false, "the store's credentials", cancellationToken);
        return (token.AccessToken!, token.ExpiresIn!.Value);
    }

    /// <summary>One token request; the answer has an access token and its lifetime.</summary>
    private async Task<LwaTokenResponse> PostAsync(Uri authUrl, Dictionary<string, string> form, bool changesState, string what, CancellationToken cancellationToken)
    {
        var host = authUrl.Host;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(authUrl, AmazonConstants.TokenPath)) { Content = new FormUrlEncodedContent(form) };
        request.Options.Set(ChangesState, changesState);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw Failures.FromException(host, e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var error = AmazonErrorEnvelope.Parse(body);

                // LWA answers a refused grant or client with 400 or 401 (invalid_grant, invalid_client, unauthorized_client).
                throw (int)response.StatusCode is 400 or 401 or 403
                    ? new MarketplaceException(
                        MarketplaceFailureKind.AuthorizationRefused,
                        AmazonConstants.Marketplace,
                        error?.Code,
                        $"Login with Amazon at {host} refused {what} (HTTP {(int)response.StatusCode}): {error?.Code ?? "(no code)"}: {MarketplaceException.Bound(error?.Message, 300)}")
                    : Failures.FromStatus(host, response.StatusCode, error, response.Headers.Location);
            }

            LwaTokenResponse? token;
            try
            {
                token = JsonSerializer.Deserialize(body, AmazonJsonContext.Default.LwaTokenResponse);
            }
            catch (JsonException e)
            {
                throw Failures.Malformed(host, "the token answer is not JSON.", e);
            }

            return token is { AccessToken.Length: > 0, ExpiresIn: > 0 }
                ? token
                : throw Failures.Malformed(host, "the token answer has no access_token or expires_in.");
        }
    }
}

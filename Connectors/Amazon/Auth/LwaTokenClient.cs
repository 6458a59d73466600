using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>
/// The Login with Amazon refresh-token grant: POST /auth/o2/token with grant_type=refresh_token, the refresh token
/// and the app's client id and secret, form-encoded as Amazon's own clients send it. An app secret configured in
/// <see cref="AmazonOptions.ClientSecrets"/> is tried before the store's own; invalid_client for it falls back to the store's.
/// </summary>
internal sealed class LwaTokenClient(HttpClient http, IOptionsMonitor<AmazonOptions> options, ILogger<LwaTokenClient> logger)
{
    private const string InvalidClient = "invalid_client";

    private static readonly MarketplaceFailures Failures = new(AmazonConstants.Marketplace, "Login with Amazon");

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

    private async Task<(string AccessToken, int ExpiresIn)> RefreshWithAsync(LwaTokenKey key, string clientSecret, CancellationToken cancellationToken)
    {
        var host = key.AuthUrl.Host;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(key.AuthUrl, AmazonConstants.TokenPath))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = key.RefreshToken,
                ["client_id"] = key.ClientId,
                ["client_secret"] = clientSecret,
            }),
        };
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

                // LWA answers a refused refresh token or client with 400 (invalid_grant, invalid_client, unauthorized_client).
                throw (int)response.StatusCode is 400 or 401 or 403
                    ? new MarketplaceException(
                        MarketplaceFailureKind.AuthorizationRefused,
                        AmazonConstants.Marketplace,
                        error?.Code,
                        $"Login with Amazon at {host} refused the store's credentials (HTTP {(int)response.StatusCode}): {error?.Code ?? "(no code)"}: {MarketplaceException.Bound(error?.Message, 300)}")
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

            if (token is not { AccessToken.Length: > 0, ExpiresIn: > 0 })
            {
                throw Failures.Malformed(host, "the token answer has no access_token or expires_in.");
            }

            return (token.AccessToken, token.ExpiresIn.Value);
        }
    }
}

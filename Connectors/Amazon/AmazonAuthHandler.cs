using System.Net;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Sends each request to its store's SP-API host with the store's LWA access token (or the request's Restricted Data
/// Token) in x-amz-access-token. A 403 that blames the token (expired, revoked, invalid) drops that access token and
/// tries once more with a fresh one; a second 403 stands. A 403 that does not name the token (a role the seller has
/// not granted) stands at once: a new token would be refused the same. A refused Restricted Data Token is retried
/// once with the plain access token, so the call still answers, without the personal data.
/// </summary>
internal sealed class AmazonAuthHandler(LwaTokenCache tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = AmazonRequestContext.From(request);
        request.RequestUri = new Uri(store.BaseUrl, request.RequestUri!.PathAndQuery);
        var key = store.TokenKey;
        if (store.RestrictedDataToken is { } restricted)
        {
            var answer = await SendWithAsync(request, restricted, cancellationToken);
            if (answer.StatusCode != HttpStatusCode.Forbidden)
            {
                return answer;
            }

            answer.Dispose();
        }

        var token = await tokens.GetAsync(key, cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Forbidden || !await BlamesTokenAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        tokens.Drop(key, token);
        var fresh = await tokens.GetAsync(key, cancellationToken);
        return await SendWithAsync(request, fresh, cancellationToken);
    }

    /// <summary>
    /// Whether a 403 is about the access token: Amazon's envelope then says so ("The access token you provided has
    /// expired", "... is revoked, malformed or invalid"). A body that cannot be read is taken as about the token.
    /// </summary>
    internal static async Task<bool> BlamesTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var error = AmazonErrorEnvelope.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return error is null || $"{error.Code} {error.Message}".Contains("token", StringComparison.OrdinalIgnoreCase);
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Remove(AmazonConstants.AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AmazonConstants.AccessTokenHeader, token);
        return base.SendAsync(request, cancellationToken);
    }
}

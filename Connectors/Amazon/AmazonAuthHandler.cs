using System.Net;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.Amazon.Http;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Sends each request to its store's SP-API host with the store's LWA access token in x-amz-access-token. A 403
/// (an expired or revoked access token) drops that token and tries once more with a fresh one; a second 403 stands.
/// </summary>
internal sealed class AmazonAuthHandler(LwaTokenCache tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = AmazonRequestContext.From(request);
        request.RequestUri = new Uri(store.BaseUrl, request.RequestUri!.PathAndQuery);
        var key = store.TokenKey;
        var token = await tokens.GetAsync(key, cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return response;
        }

        response.Dispose();
        tokens.Drop(key, token);
        var fresh = await tokens.GetAsync(key, cancellationToken);
        return await SendWithAsync(request, fresh, cancellationToken);
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Remove(AmazonConstants.AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AmazonConstants.AccessTokenHeader, token);
        return base.SendAsync(request, cancellationToken);
    }
}

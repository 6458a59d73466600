using System.Net;
using System.Net.Http.Headers;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Sends each Sell API request to its store's host with the store's user access token and marketplace id. A 401 on a
/// cached token (revoked early) drops it and, for a request without a body, tries once more with a fresh one.
/// </summary>
internal sealed class EbayAuthHandler(EbayAccessTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = EbayRequestContext.From(request);
        request.RequestUri = new Uri(store.ApiBase, request.RequestUri!.PathAndQuery);
        request.Headers.Remove(EbayConstants.MarketplaceIdHeader);
        request.Headers.Add(EbayConstants.MarketplaceIdHeader, store.MarketplaceId);
        var token = await tokens.GetAsync(store, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null)
        {
            return response;
        }

        tokens.Invalidate(store, token);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(store, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

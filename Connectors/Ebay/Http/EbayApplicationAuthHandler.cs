using System.Net.Http.Headers;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>Sends a Developer Analytics request to its store's API host with the application's access token.</summary>
internal sealed class EbayApplicationAuthHandler(EbayApplicationTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = EbayRequestContext.From(request);
        request.RequestUri = new Uri(store.ApiBase, request.RequestUri!.PathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(store, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

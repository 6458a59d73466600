using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Sends each request to its store's host and adds the store's X-Shopify-Access-Token.</summary>
internal sealed class ShopifyAuthHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = ShopifyRequestContext.From(request);
        var path = request.RequestUri!.PathAndQuery;
        request.RequestUri = new Uri(store.BaseUrl, path);
        request.Headers.Remove(ShopifyConstants.AccessTokenHeader);
        request.Headers.Add(ShopifyConstants.AccessTokenHeader, store.AccessToken);
        return base.SendAsync(request, cancellationToken);
    }
}

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>Sends a token request to its store's auth host (the environment's api host, or the hub's allowed override).</summary>
internal sealed class EbayIdentityHostHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = EbayRequestContext.From(request);
        request.RequestUri = new Uri(store.AuthBase, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

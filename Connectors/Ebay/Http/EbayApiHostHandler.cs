namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>Sends a request that carries its own authorization to its context's API host (the official one, or the hub's allowed override).</summary>
internal sealed class EbayApiHostHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = EbayRequestContext.From(request);
        request.RequestUri = new Uri(store.ApiBase, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

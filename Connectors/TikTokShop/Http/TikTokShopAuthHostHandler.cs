namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>Sends a token call to its store's token host.</summary>
internal sealed class TikTokShopAuthHostHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(TikTokShopAuthHost.OptionKey, out var host))
        {
            throw new InvalidOperationException("A TikTok Shop token request was sent without its host.");
        }

        request.RequestUri = new Uri(host.BaseUrl, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>Sends a code exchange to its shop's host.</summary>
internal sealed class ShopifyOAuthHostHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ShopifyOAuthHost.OptionKey, out var host))
        {
            throw new InvalidOperationException("A Shopify code exchange was sent without its shop's host.");
        }

        request.RequestUri = new Uri(host.BaseUrl, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

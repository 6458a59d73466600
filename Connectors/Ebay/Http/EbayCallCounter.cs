namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>Innermost on each eBay client: every request that goes out (retries included, as eBay counts them) is counted against its application's quota.</summary>
internal sealed class EbayCallCounter(EbayCallLedger ledger, string api) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(EbayRequestContext.OptionKey, out var store))
        {
            ledger.Count(store.ApplicationKey, api);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

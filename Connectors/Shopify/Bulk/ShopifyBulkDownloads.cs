using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>
/// Opens a bulk operation's result for streaming. The URL is pre-signed storage on another host, so the request
/// goes through its own client: no access token (the auth handler is not on it), no cost bucket, no redirects.
/// </summary>
internal sealed class ShopifyBulkDownloads(IHttpClientFactory clients)
{
    /// <summary>Sends GET <paramref name="url"/> and returns the answer once its headers arrive; the body is read as it comes.</summary>
    public async Task<HttpResponseMessage> OpenAsync(Uri url, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(store);

        // Plain http only where the store itself is plain http: a loopback sandbox, never a real shop.
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && store.BaseUrl.Scheme == Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The bulk result URL must be https, not {url.Scheme}.", nameof(url));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var client = clients.CreateClient(ShopifyBulkNames.DownloadClientName);
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}

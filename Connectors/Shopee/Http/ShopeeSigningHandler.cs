using System.Globalization;
using System.Text;

namespace CrossBorderHub.Connectors.Shopee.Http;

/// <summary>
/// Sends each request to its store's host and signs it: partner_id, timestamp and sign in the query, plus access_token
/// and shop_id for shop APIs. It runs inside the retry pipeline, so every attempt carries a fresh timestamp.
/// </summary>
internal sealed class ShopeeSigningHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly string[] CommonParameters =
    [
        ShopeeConstants.Query.PartnerId, ShopeeConstants.Query.Timestamp, ShopeeConstants.Query.Sign,
        ShopeeConstants.Query.AccessToken, ShopeeConstants.Query.ShopId,
    ];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = ShopeeRequestContext.From(request);
        request.RequestUri = Signed(request.RequestUri!, store, time.GetUtcNow().ToUnixTimeSeconds());
        return base.SendAsync(request, cancellationToken);
    }

    internal static Uri Signed(Uri requestUri, ShopeeRequestContext store, long timestamp)
    {
        var path = requestUri.AbsolutePath;
        var query = new StringBuilder();
        foreach (var pair in requestUri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=', 2)[0];
            if (!CommonParameters.Contains(Uri.UnescapeDataString(name), StringComparer.Ordinal))
            {
                query.Append(pair).Append('&');
            }
        }

        var sign = ShopeeSigner.Sign(store.PartnerKey, store.PartnerId, path, timestamp, store.AccessToken, store.AccessToken is null ? null : store.ShopId);
        query.Append(ShopeeConstants.Query.PartnerId).Append('=').Append(store.PartnerId.ToString(CultureInfo.InvariantCulture))
            .Append('&').Append(ShopeeConstants.Query.Timestamp).Append('=').Append(timestamp.ToString(CultureInfo.InvariantCulture))
            .Append('&').Append(ShopeeConstants.Query.Sign).Append('=').Append(sign);
        if (store.AccessToken is not null)
        {
            query.Append('&').Append(ShopeeConstants.Query.AccessToken).Append('=').Append(Uri.EscapeDataString(store.AccessToken))
                .Append('&').Append(ShopeeConstants.Query.ShopId).Append('=').Append(store.ShopId?.ToString(CultureInfo.InvariantCulture));
        }

        return new UriBuilder(new Uri(store.BaseUrl, path)) { Query = query.ToString() }.Uri;
    }
}

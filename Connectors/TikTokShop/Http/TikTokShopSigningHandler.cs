using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Web;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// Sends each request to its shop's host with app_key, timestamp (unix seconds), shop_cipher and sign in the query and
/// the access token in x-tts-access-token. It runs inside the retry pipeline, so every attempt is signed afresh.
/// </summary>
internal sealed class TikTokShopSigningHandler(TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = TikTokShopRequestContext.From(request);
        var original = request.RequestUri!;
        var query = new List<KeyValuePair<string, string>>();
        var parsed = HttpUtility.ParseQueryString(original.Query);
        foreach (var key in parsed.AllKeys.OfType<string>()
                     .Where(k => k is not TikTokShopConstants.SignParameter and not TikTokShopConstants.AppKeyParameter
                         and not TikTokShopConstants.TimestampParameter and not TikTokShopConstants.ShopCipherParameter))
        {
            query.Add(new(key, parsed[key] ?? ""));
        }

        query.Add(new(TikTokShopConstants.AppKeyParameter, store.AppKey));
        query.Add(new(TikTokShopConstants.TimestampParameter, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (store.ShopCipher is not null)
        {
            query.Add(new(TikTokShopConstants.ShopCipherParameter, store.ShopCipher));
        }

        string? body = null;
        if (request.Method != HttpMethod.Get && request.Content is { } content
            && content.Headers.ContentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            body = await content.ReadAsStringAsync(cancellationToken);

            // Signed text and sent bytes must be the same: send exactly the string that was signed.
            var mediaType = content.Headers.ContentType?.MediaType ?? "application/json";
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));
        }

        var sign = TikTokShopSignature.Sign(store.AppSecret, original.AbsolutePath, query, body);
        query.Add(new(TikTokShopConstants.SignParameter, sign));
        var queryText = string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        request.RequestUri = new UriBuilder(new Uri(store.BaseUrl, original.AbsolutePath)) { Query = queryText }.Uri;
        request.Headers.Remove(TikTokShopConstants.AccessTokenHeader);
        request.Headers.Add(TikTokShopConstants.AccessTokenHeader, store.AccessToken);
        return await base.SendAsync(request, cancellationToken);
    }
}

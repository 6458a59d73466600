using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// The store a request is for and what the query will cost, carried in HttpRequestMessage.Options; <see cref="Meter"/>
/// counts the pull's time spent waiting for the store's cost bucket.
/// </summary>
internal sealed record ShopifyRequestContext(string StoreKey, Uri BaseUrl, string AccessToken, int RequestedCost)
{
    public const string OptionName = "shopify.store";

    public ThrottleMeter? Meter { get; init; }

    public static readonly HttpRequestOptionsKey<ShopifyRequestContext> OptionKey = new(OptionName);

    public static ShopifyRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("A Shopify request was sent without its store context.");

    /// <summary>The resilience pipeline key: one pipeline (and bucket) per store; the factory probes it with a bare request.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context) ? context.StoreKey : request.RequestUri?.Authority ?? string.Empty;

    public override string ToString() => $"{StoreKey} ({BaseUrl})";
}

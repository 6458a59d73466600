namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>The store a request is for and what the query will cost, carried in HttpRequestMessage.Options.</summary>
internal sealed record ShopifyRequestContext(string StoreKey, Uri BaseUrl, string AccessToken, int RequestedCost)
{
    public const string OptionName = "shopify.store";

    public static readonly HttpRequestOptionsKey<ShopifyRequestContext> OptionKey = new(OptionName);

    public static ShopifyRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("A Shopify request was sent without its store context.");

    public override string ToString() => $"{StoreKey} ({BaseUrl})";
}

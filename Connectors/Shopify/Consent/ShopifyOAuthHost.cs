namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>The host a code exchange goes to (the shop's own, unless the hub allowed an override), carried in the request options.</summary>
internal sealed record ShopifyOAuthHost(string Shop, Uri BaseUrl)
{
    public const string OptionName = "shopify.oauth";

    public static readonly HttpRequestOptionsKey<ShopifyOAuthHost> OptionKey = new(OptionName);

    /// <summary>One pipeline (and circuit) per shop, apart from its Admin API calls.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var host) ? "oauth:" + host.Shop : request.RequestUri?.Authority ?? string.Empty;
}

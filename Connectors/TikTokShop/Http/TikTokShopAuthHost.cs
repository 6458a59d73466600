namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>The token host a refresh goes to (the official one unless the hub allowed an override) and whose pipeline it uses.</summary>
internal sealed record TikTokShopAuthHost(string StoreKey, Uri BaseUrl)
{
    public const string OptionName = "tiktokshop.auth";

    public static readonly HttpRequestOptionsKey<TikTokShopAuthHost> OptionKey = new(OptionName);

    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var host) ? "auth:" + host.StoreKey : request.RequestUri?.Authority ?? string.Empty;
}

using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// The shop a request is for and what signs it, carried in HttpRequestMessage.Options. <see cref="ShopCipher"/> is
/// null for calls that must not carry it (authorization, seller). <see cref="Meter"/> counts the pull's rate-budget wait.
/// </summary>
internal sealed record TikTokShopRequestContext(string StoreKey, Uri BaseUrl, string AppKey, string AppSecret, string AccessToken, string? ShopCipher)
{
    public const string OptionName = "tiktokshop.store";

    public static readonly HttpRequestOptionsKey<TikTokShopRequestContext> OptionKey = new(OptionName);

    public ThrottleMeter? Meter { get; init; }

    public static TikTokShopRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("A TikTok Shop request was sent without its store context.");

    /// <summary>The resilience pipeline key: one pipeline per shop; the factory probes it with a bare request.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context) ? context.StoreKey : request.RequestUri?.Authority ?? string.Empty;

    /// <summary>Never prints the secret or token.</summary>
    public override string ToString() => $"{StoreKey} ({BaseUrl})";
}

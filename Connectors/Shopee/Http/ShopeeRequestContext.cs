using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopee.Http;

/// <summary>
/// Who a request is for, carried in HttpRequestMessage.Options: the store's host, partner and key, and for shop APIs the
/// access token and shop id. The signing handler adds the common query parameters from it; <see cref="Operation"/>
/// picks the rate budget.
/// </summary>
internal sealed record ShopeeRequestContext(string StoreKey, Uri BaseUrl, long PartnerId, string PartnerKey, string? AccessToken, long? ShopId, string Operation)
{
    public const string OptionName = "shopee.store";

    public static readonly HttpRequestOptionsKey<ShopeeRequestContext> OptionKey = new(OptionName);

    public ThrottleMeter? Meter { get; init; }

    public static ShopeeRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("A Shopee request was sent without its store context.");

    /// <summary>One pipeline per store; the factory probes it with a bare request.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context) ? context.StoreKey : request.RequestUri?.Authority ?? string.Empty;

    public override string ToString() => $"{StoreKey} ({BaseUrl.Host})";
}

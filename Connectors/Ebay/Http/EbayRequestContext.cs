using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// The store a request is for, carried in HttpRequestMessage.Options: where its calls and token refreshes go, its
/// marketplace id, and its credentials (<see cref="StoredCredentials"/> as stored, for the credential writer).
/// </summary>
internal sealed record EbayRequestContext(
    Guid StoreId,
    Uri ApiBase,
    Uri AuthBase,
    string MarketplaceId,
    EbayCredentials Credentials,
    IReadOnlyDictionary<string, string> StoredCredentials)
{
    public const string OptionName = "ebay.store";

    public static readonly HttpRequestOptionsKey<EbayRequestContext> OptionKey = new(OptionName);

    public ThrottleMeter? Meter { get; init; }

    /// <summary>eBay counts calls per application (keyset), so the budget key is the App ID, not the store.</summary>
    public string ApplicationKey => Credentials.ClientId;

    public static EbayRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("An eBay request was sent without its store context.");

    /// <summary>The resilience pipeline key: one pipeline per store; the factory probes it with a bare request.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context) ? context.StoreId.ToString("N") : request.RequestUri?.Authority ?? string.Empty;

    public override string ToString() => $"{StoreId:N} ({ApiBase.Host}, {MarketplaceId})";
}

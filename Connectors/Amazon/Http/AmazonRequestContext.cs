using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Amazon.Http;

/// <summary>
/// The store one SP-API request is for, carried in HttpRequestMessage.Options: its hosts and LWA credentials, and
/// the operation whose rate budget it spends. <see cref="Meter"/> counts the pull's time spent waiting for budget.
/// </summary>
internal sealed record AmazonRequestContext(string StoreKey, Uri BaseUrl, Uri AuthUrl, AmazonCredentials Credentials, string Operation)
{
    public const string OptionName = "amazon.store";

    public static readonly HttpRequestOptionsKey<AmazonRequestContext> OptionKey = new(OptionName);

    public ThrottleMeter? Meter { get; init; }

    /// <summary>A Restricted Data Token sent in place of the access token, for an operation that returns buyers' personal data.</summary>
    public string? RestrictedDataToken { get; init; }

    public static AmazonRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context)
            ? context
            : throw new InvalidOperationException("An Amazon request was sent without its store context.");

    /// <summary>The resilience pipeline key: one pipeline per store and operation; the factory probes it with a bare request.</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionKey, out var context) ? $"{context.StoreKey}/{context.Operation}" : request.RequestUri?.Authority ?? string.Empty;

    public Auth.LwaTokenKey TokenKey => new(StoreKey, AuthUrl, Credentials.ClientId, Credentials.ClientSecret, Credentials.RefreshToken);

    public AmazonRequestContext For(string operation) => this with { Operation = operation };

    // Credentials never reach a log line or an exception message.
    public override string ToString() => $"{StoreKey} ({BaseUrl.Host}, {Operation})";
}

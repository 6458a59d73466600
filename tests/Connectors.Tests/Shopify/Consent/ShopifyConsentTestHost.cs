using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Consent;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Shopify.Consent;

/// <summary>The Shopify connector wired as the hub wires it, its consent flow pointed at a sandbox shop on a shared fake clock.</summary>
internal sealed class ShopifyConsentTestHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly Uri Callback = new("https://hub.example.com/connect/shopify/callback");

    private readonly ServiceProvider _services;

    public ShopifyConsentTestHost(Func<ShopifySandboxOptions, ShopifySandboxOptions>? configure = null)
    {
        Time = new FakeTimeProvider(Start);
        var options = new ShopifySandboxOptions
        {
            Seed = 3,
            OrderCount = 12,
            Throttle = ShopifySandboxThrottle.Off,
            TimeProvider = Time,
            OrdersStartAt = Start - TimeSpan.FromDays(1),
        };
        Sandbox = ShopifySandbox.Start(configure is null ? options : configure(options));
        var values = new Dictionary<string, string?>
        {
            ["Connectors:Shopify:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Shopify:AttemptTimeout"] = "00:00:05",
            ["Connectors:Shopify:BulkBackfill"] = "false",
        };
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddShopifyConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _services = services.BuildServiceProvider();
        Consent = _services.GetServices<IMarketplaceConsent>().Single(c => c.Marketplace == ShopifyConstants.Marketplace);
        Webhooks = _services.GetServices<IMarketplaceWebhooks>().Single(c => c.Marketplace == ShopifyConstants.Marketplace);
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(ShopifyConstants.Marketplace)!;
        App = AppFor(Sandbox.Options.App.ClientId, Sandbox.Options.App.ClientSecret);
        Input = InputFor(Sandbox.Options.ShopDomain);
    }

    public FakeTimeProvider Time { get; }

    public ShopifySandbox Sandbox { get; }

    public IMarketplaceConsent Consent { get; }

    public IMarketplaceWebhooks Webhooks { get; }

    public IMarketplaceConnector Connector { get; }

    /// <summary>The hub's app as configured for the sandbox: its credentials, every host replaced by the sandbox's.</summary>
    public ConsentApp App { get; }

    public JsonElement Input { get; }

    public ConsentApp AppFor(string clientId, string clientSecret, string? scopes = null)
    {
        var values = new Dictionary<string, string>
        {
            [ShopifyConsentConstants.ClientIdValue] = clientId,
            [ShopifyConsentConstants.ClientSecretValue] = clientSecret,
        };
        if (scopes is not null)
        {
            values[ShopifyConsentConstants.ScopesValue] = scopes;
        }

        return new ConsentApp(values, Sandbox.Url, Sandbox.Url);
    }

    public static JsonElement InputFor(string shopDomain) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { [ShopifyConsentConstants.ShopDomainInput] = shopDomain });

    /// <summary>The seller approves (or declines) on the sandbox's consent page; the URL the browser is sent to.</summary>
    public Task<Uri> DecideAsync(bool approve, string state = "state-1") =>
        SandboxConsentBrowser.DecideAsync(Consent.ConsentUrl(App, Input, Callback, state), approve, CancellationToken.None);

    /// <summary>The callback's query, decoded, as the hub hands it to the connector.</summary>
    public static Dictionary<string, string> QueryOf(Uri callback) =>
        callback.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length == 2 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "", StringComparer.Ordinal);

    public Task<ConsentGrant> CompleteAsync(IReadOnlyDictionary<string, string> query, ConsentApp? app = null, JsonElement? input = null) =>
        Consent.CompleteAsync(app ?? App, input ?? Input, Callback, query, CancellationToken.None);

    /// <summary>A callback query the sandbox app's secret signs, with <paramref name="change"/> applied before signing.</summary>
    public Dictionary<string, string> SignedQuery(Action<Dictionary<string, string>> change)
    {
        var code = Sandbox.IssueAuthorizationCode(Callback.AbsoluteUri);
        var query = Sandbox.SignedCallbackQuery(code, "s1").Where(p => p.Key != "hmac").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        change(query);
        query["hmac"] = ShopifyQuerySignature.Sign(query, Sandbox.Options.App.ClientSecret);
        return query;
    }

    public static StoreAccount StoreOf(ConsentGrant grant) =>
        new(Guid.NewGuid(), Guid.NewGuid(), ShopifyConstants.Marketplace, grant.SuggestedName, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl);

    public void Dispose()
    {
        _services.Dispose();
        Sandbox.Dispose();
    }
}

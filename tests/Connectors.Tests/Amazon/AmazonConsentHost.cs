using System.Text.Json;
using System.Web;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>The Amazon connector's consent as the host registers it, with the hub's app pointed at a sandbox (consent page, LWA, SP-API).</summary>
internal sealed class AmazonConsentHost : IDisposable
{
    public static readonly Uri Callback = new("http://127.0.0.1:5080/connect/amazon/callback");

    private readonly ServiceProvider _services;

    public AmazonConsentHost(AmazonSandbox sandbox, TimeProvider time, string? clientSecret = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(time);
        services.AddAmazonConnector(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Amazon:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Amazon:AttemptTimeout"] = "00:00:30",
        }).Build());
        _services = services.BuildServiceProvider();
        Consent = _services.GetServices<IMarketplaceConsent>().Single(c => c.Marketplace == AmazonConstants.Marketplace);
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(AmazonConstants.Marketplace)!;
        App = new ConsentApp(
            new Dictionary<string, string>
            {
                ["applicationId"] = sandbox.Options.ApplicationId,
                ["clientId"] = sandbox.Options.ClientId,
                ["clientSecret"] = clientSecret ?? sandbox.Options.ClientSecret,
            },
            sandbox.Url,
            sandbox.Url,
            sandbox.Url);
    }

    public IMarketplaceConsent Consent { get; }

    public IMarketplaceConnector Connector { get; }

    public ConsentApp App { get; }

    public static JsonElement Input(string region, params string[] marketplaceIds) =>
        JsonSerializer.SerializeToElement(new { region, marketplaceIds });

    public static Dictionary<string, string> QueryOf(Uri url)
    {
        var parsed = HttpUtility.ParseQueryString(url.Query);
        return parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
    }

    /// <summary>The seller approves on the sandbox's Seller Central; the query Amazon sends the browser back with.</summary>
    public async Task<Dictionary<string, string>> ApproveAsync(JsonElement input, string state = "state-1")
    {
        var url = Consent.ConsentUrl(App, input, Callback, state);
        var back = await SandboxConsentBrowser.DecideAsync(url, approve: true, CancellationToken.None);
        Assert.Equal(Callback.GetLeftPart(UriPartial.Path), back.GetLeftPart(UriPartial.Path));
        return QueryOf(back);
    }

    public Task<ConsentGrant> CompleteAsync(JsonElement input, IReadOnlyDictionary<string, string> query) =>
        Consent.CompleteAsync(App, input, Callback, query, CancellationToken.None);

    /// <summary>The store the hub creates from a grant.</summary>
    public static StoreAccount StoreOf(ConsentGrant grant) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AmazonConstants.Marketplace, grant.SuggestedName, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl);

    public void Dispose() => _services.Dispose();
}

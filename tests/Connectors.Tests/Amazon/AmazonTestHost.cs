using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>The Amazon connector wired exactly as the host wires it, pointed at a sandbox for both SP-API and LWA.</summary>
internal sealed class AmazonTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public AmazonTestHost(AmazonSandbox sandbox, TimeProvider timeProvider, string ordersApi, string? backfill = null, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connectors:Amazon:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Amazon:AttemptTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var settings = new Dictionary<string, string> { ["region"] = "na", ["marketplaceIds"] = sandbox.Options.MarketplaceId, ["sellerId"] = "A2SANDBOX", ["ordersApi"] = ordersApi };
        if (backfill is not null)
        {
            settings["backfill"] = backfill;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(timeProvider);
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services.AddAmazonConnector(Configuration);
        _services = services.BuildServiceProvider();
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(AmazonConstants.Marketplace)!;
        Account = new StoreAccount(
            Guid.NewGuid(),
            Guid.NewGuid(),
            AmazonConstants.Marketplace,
            "Sandbox seller",
            settings,
            new Dictionary<string, string>
            {
                ["clientId"] = sandbox.Options.ClientId,
                ["clientSecret"] = sandbox.Options.ClientSecret,
                ["refreshToken"] = sandbox.Options.RefreshToken,
            },
            sandbox.Url,
            sandbox.Url);
    }

    /// <summary>The connector's configuration: set keys and call Reload() to change options at run time.</summary>
    public IConfigurationRoot Configuration { get; }

    public IMarketplaceConnector Connector { get; }

    public StoreAccount Account { get; }

    public void Dispose() => _services.Dispose();
}

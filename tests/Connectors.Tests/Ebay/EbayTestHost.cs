using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.Ebay;

/// <summary>The eBay connector as the host wires it, pointed at a sandbox, with short retry delays.</summary>
internal sealed class EbayTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public EbayTestHost(TimeProvider time, Dictionary<string, string?>? settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connectors:Ebay:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Ebay:AttemptTimeout"] = "00:00:05",
            ["Connectors:Ebay:BackfillDays"] = "1",
            ["Connectors:Ebay:OrdersLag"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        _services = new ServiceCollection().AddLogging().AddSingleton(time)
            .AddEbayConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider();
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(EbayConstants.Marketplace)!;
    }

    public IMarketplaceConnector Connector { get; }

    public IServiceProvider Services => _services;

    public static StoreAccount Account(EbaySandbox sandbox) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        EbayConstants.Marketplace,
        "Sandbox seller",
        new Dictionary<string, string> { [EbayConstants.MarketplaceIdSetting] = sandbox.Options.MarketplaceId, [EbayConstants.EnvironmentSetting] = EbayConstants.Sandbox },
        new Dictionary<string, string>
        {
            [EbayConstants.ClientIdCredential] = sandbox.Options.ClientId,
            [EbayConstants.ClientSecretCredential] = sandbox.Options.ClientSecret,
            [EbayConstants.RefreshTokenCredential] = sandbox.Options.RefreshToken,
        },
        sandbox.Url,
        sandbox.Url);

    public void Dispose() => _services.Dispose();
}

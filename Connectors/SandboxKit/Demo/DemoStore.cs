namespace CrossBorderHub.Connectors.SandboxKit.Demo;

/// <summary>
/// A running simulated store and what connecting it takes. Disposing it stops the simulation.
/// </summary>
public sealed class DemoStore(
    string marketplace,
    string marketplaceName,
    string name,
    IReadOnlyDictionary<string, string> settings,
    IReadOnlyDictionary<string, string> credentials,
    Uri baseUrl,
    Uri? authUrl,
    IDisposable simulation) : IDisposable
{
    private IDisposable? _simulation = simulation;

    /// <summary>The marketplace key the hub's connector registry knows.</summary>
    public string Marketplace { get; } = marketplace;

    /// <summary>The marketplace as people write it ("Shopify"), for the demo's console.</summary>
    public string MarketplaceName { get; } = marketplaceName;

    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string> Settings { get; } = settings;

    public IReadOnlyDictionary<string, string> Credentials { get; } = credentials;

    /// <summary>Where the simulated API listens (loopback; a new port every start).</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Where the simulated token endpoint listens, for marketplaces that have one.</summary>
    public Uri? AuthUrl { get; } = authUrl;

    /// <summary>Stops the simulation once, however often it is called.</summary>
    public void Dispose() => Interlocked.Exchange(ref _simulation, null)?.Dispose();
}

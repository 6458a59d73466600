using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>One sandbox and one hub per database for a marketplace's consent contract, started on first use.</summary>
public sealed class ConsentHubs<TAdapter> : IAsyncLifetime
    where TAdapter : IConsentContractAdapter, new()
{
    private readonly HubsPerDatabase<ConsentHub> _hubs;

    public ConsentHubs() => _hubs = new(StartAsync);

    public TAdapter Adapter { get; } = new();

    public Task<ConsentHub> ForAsync(string database) => _hubs.ForAsync(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _hubs.DisposeAsync();

    private async Task<ConsentHub> StartAsync(string database)
    {
        var sandbox = Adapter.Start();
        var hub = new ConsentHub(database, Adapter, sandbox);
        try
        {
            await hub.InitializeAsync();
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }

        return hub;
    }
}

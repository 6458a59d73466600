using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>One hub per database for a connector's contract class, started on first use (PostgreSQL only when a scenario runs on it).</summary>
public sealed class ContractHubs : IAsyncLifetime
{
    private readonly HubsPerDatabase<HubFixture> _hubs = new(StartAsync);

    public Task<HubFixture> ForAsync(string database) => _hubs.ForAsync(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _hubs.DisposeAsync();

    private static async Task<HubFixture> StartAsync(string database)
    {
        var hub = new ContractHub(database);
        await hub.InitializeAsync();
        return hub;
    }
}

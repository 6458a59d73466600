using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>One hub per database for a connector's contract class, started on first use (PostgreSQL only when a scenario runs on it).</summary>
public sealed class ContractHubs : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<HubFixture>> _hubs = [];

    public Task<HubFixture> ForAsync(string database)
    {
        lock (_gate)
        {
            if (!_hubs.TryGetValue(database, out var hub))
            {
                hub = StartAsync(database);
                _hubs[database] = hub;
            }

            return hub;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        List<Task<HubFixture>> started;
        lock (_gate)
        {
            started = [.. _hubs.Values];
        }

        foreach (var hub in started)
        {
            await (await hub).DisposeAsync();
        }
    }

    private static async Task<HubFixture> StartAsync(string database)
    {
        var hub = new ContractHub(database);
        await hub.InitializeAsync();
        return hub;
    }
}

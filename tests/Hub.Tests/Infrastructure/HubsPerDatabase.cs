namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>
/// One hub per database for a test class, started on first use (PostgreSQL only when a scenario runs on it) and
/// disposed with the class fixture that owns it.
/// </summary>
public sealed class HubsPerDatabase<THub>(Func<string, Task<THub>> start)
    where THub : HubFixture
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<THub>> _hubs = [];

    public Task<THub> ForAsync(string database)
    {
        lock (_gate)
        {
            if (!_hubs.TryGetValue(database, out var hub))
            {
                hub = start(database);
                _hubs[database] = hub;
            }

            return hub;
        }
    }

    public async Task DisposeAsync()
    {
        List<Task<THub>> started;
        lock (_gate)
        {
            started = [.. _hubs.Values];
        }

        foreach (var hub in started)
        {
            await (await hub).DisposeAsync();
        }
    }
}

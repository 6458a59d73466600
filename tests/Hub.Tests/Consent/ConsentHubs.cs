namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>One sandbox and one hub per database for a marketplace's consent contract, started on first use.</summary>
public sealed class ConsentHubs<TAdapter> : IAsyncLifetime
    where TAdapter : IConsentContractAdapter, new()
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<ConsentHub>> _hubs = [];

    public TAdapter Adapter { get; } = new();

    public Task<ConsentHub> ForAsync(string database)
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
        List<Task<ConsentHub>> started;
        lock (_gate)
        {
            started = [.. _hubs.Values];
        }

        foreach (var hub in started)
        {
            await (await hub).DisposeAsync();
        }
    }

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

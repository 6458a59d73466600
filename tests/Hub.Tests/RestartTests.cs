using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Runs_left_open_by_a_stopped_hub_are_marked_interrupted_at_the_next_start()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 1, seed: 16);
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        Guid runId;
        await using (var first = new HubFactory(database, folder.Path))
        {
            var storeId = await first.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Restarted store");
            var runs = first.Services.GetRequiredService<ISyncRunStore>();
            var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "manual", new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), CancellationToken.None);
            await runs.MarkRunningAsync(run.Id, new DateTimeOffset(2026, 11, 25, 8, 0, 1, TimeSpan.Zero), CancellationToken.None);
            runId = run.Id;
        }

        await using var second = new HubFactory(database, folder.Path);
        var client = second.CreateClient(HubFactory.AdminKey);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}");

        Assert.Equal("Interrupted", after.GetProperty("status").GetString());
        Assert.StartsWith("Interrupted", after.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}

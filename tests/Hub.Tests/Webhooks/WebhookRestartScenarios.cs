using System.Net;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>What the stored pushes survive: a hub that stopped before processing them, and time (they are pruned).</summary>
public abstract class WebhookRestartScenarios
{
    protected abstract DatabaseUnderTest CreateDatabase(string folder);

    protected async Task Pushes_left_unprocessed_are_processed_at_the_next_start_and_still_recognised_when_redelivered()
    {
        using var folder = new TempFolder();
        var database = CreateDatabase(folder.Path);
        try
        {
            Guid store;
            await using (var first = WebhookHub.Start(database, folder.Path, new Dictionary<string, string?> { ["Webhooks:ProcessingEnabled"] = "false" }))
            {
                store = await first.ConnectAsync("Restarted", "acct-restart", "restart-secret");
                Assert.Equal(HttpStatusCode.OK, (await first.PushAsync("acct-restart", "restart-1", "orders/updated", "restart-secret")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await first.PushAsync("acct-restart", null, "products/update", "restart-secret")).StatusCode);

                Assert.All(await first.DeliveriesAsync(store), d => Assert.Null(d.ProcessedAt));
                Assert.Equal(2, (await first.DeliveriesAsync(store)).Count);
                Assert.Empty(await first.RunsAsync(store));
            }

            await using var second = WebhookHub.Start(database, folder.Path);
            await WebhookHub.WaitUntilAsync(async () => (await second.DeliveriesAsync(store)).All(d => d.ProcessedAt is not null));
            var redelivered = await second.PushAsync("acct-restart", "restart-1", "orders/updated", "restart-secret");

            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
            Assert.All(await second.DeliveriesAsync(store), d => Assert.Equal(WebhookOutcome.SyncStarted, d.Outcome));
            Assert.Equal(2, (await second.DeliveriesAsync(store)).Count);
            var entities = (await second.RunsAsync(store)).Select(r => r.GetProperty("entity").GetString()!.ToLowerInvariant()).Order();
            Assert.Equal(["catalog", "orders"], entities);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    protected async Task Deliveries_older_than_the_retention_are_pruned()
    {
        using var folder = new TempFolder();
        var database = CreateDatabase(folder.Path);
        try
        {
            await using var hub = WebhookHub.Start(database, folder.Path, new Dictionary<string, string?>
            {
                ["Webhooks:Retention"] = "00:00:05",
                ["Webhooks:PruneInterval"] = "00:00:00.200",
            });
            var store = await hub.ConnectAsync("Pruned", "acct-prune", "prune-secret");

            Assert.Equal(HttpStatusCode.OK, (await hub.PushAsync("acct-prune", "prune-1", "app/ping", "prune-secret")).StatusCode);
            Assert.NotEmpty(await hub.DeliveriesAsync(store));

            await WebhookHub.WaitUntilAsync(async () => (await hub.DeliveriesAsync(store)).Count == 0);
        }
        finally
        {
            await database.DropAsync();
        }
    }
}

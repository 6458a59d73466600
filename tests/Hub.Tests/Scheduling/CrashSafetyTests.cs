using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CrossBorderHub.Hub.Tests.Scheduling;

/// <summary>kill -9 in the middle of a large sync, again and again, on the embedded SQLite database.</summary>
public sealed class CrashSafetyTests
{
    private const int Orders = 2000;
    private const int Kills = 3;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_hub_killed_at_random_moments_mid_sync_ends_with_every_order_once_and_checkpoints_behind_their_data()
    {
        var random = new Random(20261125);
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: Orders, seed: 60);
        var database = DatabaseUnderTest.Sqlite(folder.Path);

        // Small pages: many commits, so a kill lands between pages or inside one.
        var settings = new Dictionary<string, string?> { ["Connectors:Shopify:MaxOrdersPageSize"] = "25" };
        var hub = await HubProcess.StartAsync("hub 1", database, folder.Path, settings);
        try
        {
            var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Crashing store");
            var runId = await hub.Admin.StartSyncAsync(storeId, "orders");
            for (var kill = 1; kill <= Kills; kill++)
            {
                // The moment is drawn by the seed as an amount of stored data, so it is reached, not guessed at.
                var target = (kill * Orders / (Kills + 1)) + random.Next(-Orders / 10, Orders / 10);
                await WaitForStoredOrdersAsync(database, storeId, target);
                await hub.KillAsync();

                var afterKill = await ReadAsync(database, storeId);
                AssertNoneTwice(afterKill);
                AssertCheckpointBehindData(sandbox, afterKill);
                Assert.True(afterKill.OrderIds.Count < Orders, $"kill {kill} came after the sync had finished");

                await hub.DisposeAsync();
                hub = await HubProcess.StartAsync($"hub {kill + 1}", database, folder.Path, settings);
            }

            // The killed run asked for recovery: the last hub runs it again from its checkpoint, to the end (it reads
            // Interrupted between the start, which closes what the dead process left, and the recovery).
            var finished = await WaitForRunOverAsync(hub.Admin, runId);
            var end = await ReadAsync(database, storeId);

            Assert.True(finished.GetProperty("status").GetString() == "Succeeded", $"{finished}\n{hub.Output}");
            AssertNoneTwice(end);
            Assert.True(Enumerable.Range(0, Orders).Select(ShopifySandboxData.OrderId).ToHashSet().SetEquals(end.OrderIds));
            AssertCheckpointBehindData(sandbox, end);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static void AssertNoneTwice(Stored stored) => Assert.Equal(stored.OrderIds.Count, stored.OrderIds.Distinct(StringComparer.Ordinal).Count());

    /// <summary>Every sandbox order updated before the checkpoint's watermark is stored: a resume from it skips nothing.</summary>
    private static void AssertCheckpointBehindData(ShopifySandbox sandbox, Stored stored)
    {
        if (stored.Checkpoint is null)
        {
            return;
        }

        var watermark = JsonDocument.Parse(stored.Checkpoint).RootElement.GetProperty("updatedAt").GetDateTimeOffset();
        var covered = Enumerable.Range(0, Orders).Where(i => sandbox.Data.OrderUpdatedAt(i) < watermark).Select(ShopifySandboxData.OrderId);
        var missing = covered.Except(stored.OrderIds).ToList();
        Assert.True(missing.Count == 0, $"The checkpoint {stored.Checkpoint} covers {missing.Count} orders that are not stored, e.g. {missing.FirstOrDefault()}.");
    }

    private static async Task<JsonElement> WaitForRunOverAsync(HttpClient admin, Guid runId)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var run = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}", deadline.Token);
            if (run.GetProperty("status").GetString() is "Succeeded" or "Failed")
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    private static async Task WaitForStoredOrdersAsync(DatabaseUnderTest database, Guid storeId, int count)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while ((await ReadAsync(database, storeId)).OrderIds.Count < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    /// <summary>Straight from the file, as the next process will find it.</summary>
    private static async Task<Stored> ReadAsync(DatabaseUnderTest database, Guid storeId)
    {
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var ids = new List<string>();
        await using (var orders = connection.CreateCommand())
        {
            orders.CommandText = "SELECT marketplace_order_id FROM orders WHERE upper(store_id) = upper($store)";
            orders.Parameters.AddWithValue("$store", storeId.ToString());
            await using var reader = await orders.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "SELECT value FROM sync_checkpoints WHERE upper(store_id) = upper($store) AND entity = 0";
        checkpoint.Parameters.AddWithValue("$store", storeId.ToString());
        return new Stored(ids, await checkpoint.ExecuteScalarAsync() as string);
    }

    private sealed record Stored(IReadOnlyList<string> OrderIds, string? Checkpoint);
}

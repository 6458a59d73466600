using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrossBorderHub.Hub.Tests.Scheduling;

/// <summary>Quartz's jobs and triggers in the hub's own SQLite file: what a restart keeps, replaces and catches up.</summary>
public sealed class JobStoreTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static Dictionary<string, string?> Every(string ordersInterval) => new()
    {
        ["Sync:ScheduleEnabled"] = "true",
        ["Sync:OrdersInterval"] = ordersInterval,
        ["Sync:CatalogInterval"] = "7.00:00:00",
        ["Sync:InventoryInterval"] = "7.00:00:00",
    };

    private static Dictionary<string, string?> Maintenance(string retentionInterval) => new()
    {
        ["Retention:Enabled"] = "true",
        ["Retention:Interval"] = retentionInterval,
    };

    private static TriggerKey OrdersSchedule(Guid storeId) => new($"{storeId:N}.orders.schedule", "sync");

    [Theory]
    [InlineData(null, true)]
    [InlineData("Memory", false)]
    public async Task Quartz_keeps_its_jobs_in_the_hubs_database_unless_told_to_keep_them_in_memory(string? kind, bool persistent)
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 3, seed: 35);
        await using var hub = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, kind is null ? null : new Dictionary<string, string?> { ["JobStore:Kind"] = kind });
        var admin = hub.CreateClient(HubFactory.AdminKey);

        await admin.SyncAsync(await admin.ConnectSandboxStoreAsync(sandbox, "Either store"), "orders");
        var metadata = await (await hub.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetMetadata();

        Assert.Equal(persistent, metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
    }

    [Fact]
    public async Task A_restart_keeps_the_persisted_schedule_and_does_not_fire_it_again()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 5, seed: 31);
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        Guid storeId;
        DateTimeOffset? nextFire;
        await using (var first = new HubFactory(database, folder.Path, Every("01:00:00")))
        {
            storeId = await first.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Kept schedule");
            await WaitForRunsAsync(first, storeId, SyncEntity.Orders, finished: 1);
            nextFire = (await TriggerAsync(first, OrdersSchedule(storeId)))?.NextFireTimeUtc;
        }

        await using var second = new HubFactory(database, folder.Path, Every("01:00:00"));
        var kept = await TriggerAsync(second, OrdersSchedule(storeId));

        Assert.NotNull(nextFire);
        Assert.Equal(nextFire, kept?.NextFireTimeUtc);
        Assert.Equal(TimeSpan.FromHours(1), kept?.RepeatInterval);
        Assert.Single(await RunsAsync(second, storeId, SyncEntity.Orders));
    }

    [Fact]
    public async Task A_restart_on_the_same_database_keeps_one_schedule_of_each_maintenance_job()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        await using (var first = new HubFactory(database, folder.Path, Maintenance("01:00:00")))
        {
            await first.CreateClient(HubFactory.AdminKey).GetAsync("/health/ready");
        }

        await using var second = new HubFactory(database, folder.Path, Maintenance("02:00:00"));
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var retention = Assert.Single(await scheduler.GetTriggersOfJob(new JobKey("redact-personal-data", "retention")));
        Assert.Equal(TimeSpan.FromHours(2), Assert.IsAssignableFrom<ISimpleTrigger>(retention).RepeatInterval);
        Assert.Single(await scheduler.GetTriggersOfJob(new JobKey("trim-run-history", "maintenance")));
    }

    [Fact]
    public async Task A_changed_interval_in_configuration_replaces_the_persisted_trigger()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 5, seed: 32);
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        Guid storeId;
        await using (var first = new HubFactory(database, folder.Path, Every("01:00:00")))
        {
            storeId = await first.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Rescheduled");
            await WaitForRunsAsync(first, storeId, SyncEntity.Orders, finished: 1);
        }

        await using var second = new HubFactory(database, folder.Path, Every("02:00:00"));
        var replaced = await TriggerAsync(second, OrdersSchedule(storeId));

        Assert.Equal(TimeSpan.FromHours(2), replaced?.RepeatInterval);

        // The first fire was under an hour ago, so the new interval counts from it: no fire now.
        Assert.True(replaced?.NextFireTimeUtc > TimeProvider.System.GetUtcNow().AddMinutes(90), $"next fire {replaced?.NextFireTimeUtc}");
        Assert.Single(await RunsAsync(second, storeId, SyncEntity.Orders));
    }

    [Fact]
    public async Task Fires_missed_while_the_hub_was_down_are_caught_up_once_not_once_each()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 5, seed: 33);
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        Guid storeId;
        await using (var first = new HubFactory(database, folder.Path, Every("00:01:00")))
        {
            storeId = await first.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Was down");
            await WaitForRunsAsync(first, storeId, SyncEntity.Orders, finished: 1);
        }

        // Three hours of downtime: 180 one-minute fires lie in the past.
        await MoveNextFireAsync(database, OrdersSchedule(storeId), TimeProvider.System.GetUtcNow().AddHours(-3));

        await using var second = new HubFactory(database, folder.Path, Every("00:01:00"));
        var runs = await WaitForRunsAsync(second, storeId, SyncEntity.Orders, finished: 2);
        var next = await TriggerAsync(second, OrdersSchedule(storeId));

        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(SyncRunStatus.Succeeded, r.Status));
        Assert.True(next?.NextFireTimeUtc > TimeProvider.System.GetUtcNow().AddSeconds(20), $"next fire {next?.NextFireTimeUtc}");
        Assert.Equal(2, (await RunsAsync(second, storeId, SyncEntity.Orders)).Count);
    }

    [Fact]
    public async Task The_trim_job_deletes_finished_runs_older_than_the_retention_and_keeps_the_rest()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 1, seed: 34);
        await using var hub = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?> { ["Sync:RunHistoryRetentionDays"] = "7" });
        var storeId = await hub.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Old history");
        var runs = hub.Services.GetRequiredService<ISyncRunStore>();
        var now = TimeProvider.System.GetUtcNow();
        var old = await FinishedRunAsync(runs, storeId, now.AddDays(-8));
        var recent = await FinishedRunAsync(runs, storeId, now.AddDays(-6));
        var open = await runs.QueueAsync(storeId, SyncEntity.Catalog, "schedule", now.AddDays(-9), CancellationToken.None);

        var scheduler = await hub.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey("trim-run-history", "maintenance"));
        using var deadline = new CancellationTokenSource(Deadline);
        while (await runs.FindAsync(old, deadline.Token) is not null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }

        Assert.NotNull(await runs.FindAsync(recent, CancellationToken.None));
        Assert.NotNull(await runs.FindAsync(open.Id, CancellationToken.None));
    }

    private static async Task<Guid> FinishedRunAsync(ISyncRunStore runs, Guid storeId, DateTimeOffset at)
    {
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "schedule", at, CancellationToken.None);
        await runs.FinishAsync(run.Id, SyncRunStatus.Succeeded, SyncRunCounts.None, at, null, CancellationToken.None);
        return run.Id;
    }

    private static async Task<ISimpleTrigger?> TriggerAsync(HubFactory hub, TriggerKey key)
    {
        _ = hub.Server; // the host, and with it the scheduler, starts on first use
        var scheduler = await hub.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(key) as ISimpleTrigger;
    }

    private static async Task<IReadOnlyList<SyncRun>> RunsAsync(HubFactory hub, Guid storeId, SyncEntity entity) =>
        [.. (await hub.Services.GetRequiredService<ISyncRunStore>().ListAsync(storeId, 100, CancellationToken.None)).Where(r => r.Entity == entity)];

    private static async Task<IReadOnlyList<SyncRun>> WaitForRunsAsync(HubFactory hub, Guid storeId, SyncEntity entity, int finished)
    {
        _ = hub.Server;
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var runs = await RunsAsync(hub, storeId, entity);
            if (runs.Count(r => r.FinishedAt is not null) >= finished)
            {
                return runs;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    /// <summary>What downtime leaves behind: a stored next fire time long past.</summary>
    private static async Task MoveNextFireAsync(DatabaseUnderTest database, TriggerKey key, DateTimeOffset at)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = $at WHERE TRIGGER_NAME = $name AND TRIGGER_GROUP = $group";
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$group", key.Group);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}

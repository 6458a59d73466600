using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence.Tests;

/// <summary>Coalesced manual runs, runs left by dead processes, and the retention trim.</summary>
public sealed class SyncRunHistoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Manual_runs_of_a_store_and_entity_coalesce_while_one_is_queued(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        var first = await db.Runs.QueueManualAsync(store, SyncEntity.Orders, Build.T0, None);
        var again = await db.Runs.QueueManualAsync(store, SyncEntity.Orders, Build.T0.AddSeconds(1), None);
        var catalog = await db.Runs.QueueManualAsync(store, SyncEntity.Catalog, Build.T0.AddSeconds(2), None);
        await db.Runs.MarkRunningAsync(first.Run.Id, Build.T0.AddSeconds(3), None);
        var behind = await db.Runs.QueueManualAsync(store, SyncEntity.Orders, Build.T0.AddSeconds(4), None);

        Assert.True(first.Created);
        Assert.Equal((first.Run.Id, false), (again.Run.Id, again.Created));
        Assert.True(catalog.Created);
        Assert.True(behind.Created, "once the queued run started, the next request queues one behind it");
        Assert.NotEqual(first.Run.Id, behind.Run.Id);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Concurrent_manual_requests_queue_exactly_one_run(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        var requests = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => db.Runs.QueueManualAsync(store, SyncEntity.Orders, Build.T0.AddMilliseconds(i), None))));

        Assert.Single(requests, r => r.Created);
        Assert.Single(requests.Select(r => r.Run.Id).Distinct());
        Assert.Single(await db.Runs.ListAsync(store, 50, None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Other_running_runs_of_the_same_store_and_entity_are_marked_interrupted(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var dead = await RunningAsync(db, store, SyncEntity.Orders, Build.T0);
        var otherEntity = await RunningAsync(db, store, SyncEntity.Catalog, Build.T0);
        var current = await RunningAsync(db, store, SyncEntity.Orders, Build.T0.AddMinutes(5));

        var closed = await db.Runs.InterruptOthersAsync(store, SyncEntity.Orders, current, "Interrupted: gone", Build.T0.AddMinutes(6), None);

        Assert.Equal(1, closed);
        Assert.Equal((SyncRunStatus.Interrupted, "Interrupted: gone"), await StatusAsync(db, dead));
        Assert.Equal(SyncRunStatus.Running, (await StatusAsync(db, otherEntity)).Status);
        Assert.Equal(SyncRunStatus.Running, (await StatusAsync(db, current)).Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task At_start_running_runs_are_interrupted_and_queued_ones_only_when_asked(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var running = await RunningAsync(db, store, SyncEntity.Orders, Build.T0);
        var queued = (await db.Runs.QueueAsync(store, SyncEntity.Catalog, "retry", Build.T0, None)).Id;

        Assert.Equal(1, await db.Runs.AbandonUnfinishedAsync("Interrupted: restart", Build.T0.AddMinutes(1), queuedToo: false, None));
        Assert.Equal(SyncRunStatus.Queued, (await StatusAsync(db, queued)).Status);
        Assert.Equal(1, await db.Runs.AbandonUnfinishedAsync("Interrupted: restart", Build.T0.AddMinutes(1), queuedToo: true, None));
        Assert.Equal(SyncRunStatus.Interrupted, (await StatusAsync(db, running)).Status);
        Assert.Equal(SyncRunStatus.Interrupted, (await StatusAsync(db, queued)).Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Trimming_deletes_only_finished_runs_older_than_the_cut(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var old = await FinishedAsync(db, store, SyncRunStatus.Failed, Build.T0.AddDays(-40));
        var oldInterrupted = await FinishedAsync(db, store, SyncRunStatus.Interrupted, Build.T0.AddDays(-31));
        var recent = await FinishedAsync(db, store, SyncRunStatus.Succeeded, Build.T0.AddDays(-29));
        var stillRunning = await RunningAsync(db, store, SyncEntity.Catalog, Build.T0.AddDays(-60));

        var trimmed = await db.Runs.TrimAsync(Build.T0.AddDays(-30), None);

        Assert.Equal(2, trimmed);
        Assert.Null(await db.Runs.FindAsync(old, None));
        Assert.Null(await db.Runs.FindAsync(oldInterrupted, None));
        Assert.NotNull(await db.Runs.FindAsync(recent, None));
        Assert.NotNull(await db.Runs.FindAsync(stillRunning, None));
    }

    private static async Task<Guid> RunningAsync(TestDatabase db, Guid store, SyncEntity entity, DateTimeOffset at)
    {
        var run = await db.Runs.QueueAsync(store, entity, "schedule", at, None);
        await db.Runs.MarkRunningAsync(run.Id, at, None);
        return run.Id;
    }

    private static async Task<Guid> FinishedAsync(TestDatabase db, Guid store, SyncRunStatus status, DateTimeOffset at)
    {
        var run = await db.Runs.QueueAsync(store, SyncEntity.Orders, "schedule", at, None);
        await db.Runs.FinishAsync(run.Id, status, SyncRunCounts.None, at, null, None);
        return run.Id;
    }

    private static async Task<(SyncRunStatus Status, string? Error)> StatusAsync(TestDatabase db, Guid runId)
    {
        var run = await db.Runs.FindAsync(runId, None);
        return (run!.Status, run.Error);
    }
}

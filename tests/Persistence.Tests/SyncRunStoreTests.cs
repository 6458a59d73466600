using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence.Tests;

public sealed class SyncRunStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_run_goes_from_queued_to_running_to_finished_with_its_counts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var queuedAt = Build.T0;

        var queued = await db.Runs.QueueAsync(store, SyncEntity.Orders, "manual", queuedAt, None);
        Assert.Equal((SyncRunStatus.Queued, "manual", queuedAt, SyncRunCounts.None), (queued.Status, queued.Trigger, queued.QueuedAt, queued.Counts));

        await db.Runs.MarkRunningAsync(queued.Id, queuedAt.AddSeconds(1), None);
        var running = await db.Runs.FindAsync(queued.Id, None);
        Assert.Equal((SyncRunStatus.Running, queuedAt.AddSeconds(1)), (running!.Status, running.StartedAt));

        await db.Runs.UpdateCountsAsync(queued.Id, new SyncRunCounts(1, 10, 2, 1, 0, TimeSpan.FromSeconds(1.5)), None);
        Assert.Equal(new SyncRunCounts(1, 10, 2, 1, 0, TimeSpan.FromSeconds(1.5)), (await db.Runs.FindAsync(queued.Id, None))!.Counts);

        // A day and more of waiting for rate budget over a long backfill is kept whole.
        var waited = TimeSpan.FromHours(30).Add(TimeSpan.FromMilliseconds(7));
        await db.Runs.FinishAsync(queued.Id, SyncRunStatus.Failed, new SyncRunCounts(2, 15, 2, 1, 3, waited), queuedAt.AddSeconds(9), "token expired", None);
        var finished = await db.Runs.FindAsync(queued.Id, None);
        Assert.Equal(
            (SyncRunStatus.Failed, new SyncRunCounts(2, 15, 2, 1, 3, waited), (DateTimeOffset?)queuedAt.AddSeconds(9), "token expired", store, SyncEntity.Orders),
            (finished!.Status, finished.Counts, finished.FinishedAt, finished.Error, finished.StoreId, finished.Entity));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Runs_list_newest_first_per_store_up_to_the_limit(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var other = await db.CreateStoreAsync("Other");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await db.Runs.QueueAsync(store, SyncEntity.Orders, "schedule", Build.T0.AddMinutes(i), None)).Id);
        }

        var otherRun = await db.Runs.QueueAsync(other, SyncEntity.Catalog, "schedule", Build.T0.AddMinutes(10), None);

        var listed = await db.Runs.ListAsync(store, 3, None);
        Assert.Equal([ids[4], ids[3], ids[2]], listed.Select(r => r.Id));
        Assert.Equal(otherRun.Id, (await db.Runs.ListAsync(null, 1, None))[0].Id);
        Assert.Equal(6, (await db.Runs.ListAsync(null, 50, None)).Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Updating_a_run_that_does_not_exist_fails(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Runs.MarkRunningAsync(Guid.NewGuid(), Build.T0, None));
        Assert.Null(await db.Runs.FindAsync(Guid.NewGuid(), None));
    }
}

using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Runs;

internal sealed class SyncRunStore(IHubDbContextFactory contexts) : ISyncRunStore
{
    public async Task<SyncRun> QueueAsync(Guid storeId, SyncEntity entity, string trigger, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        var row = new SyncRunRow
        {
            Id = Guid.CreateVersion7(queuedAt),
            StoreId = storeId,
            Entity = entity,
            Status = SyncRunStatus.Queued,
            Trigger = trigger,
            QueuedAt = queuedAt.ToUniversalTime(),
        };
        await using var db = contexts.CreateDbContext();
        db.SyncRuns.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return ToRun(row);
    }

    public async Task<QueuedRun> QueueManualAsync(Guid storeId, SyncEntity entity, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        if (await FindQueuedManualAsync(storeId, entity, cancellationToken) is { } waiting)
        {
            return new QueuedRun(waiting, Created: false);
        }

        try
        {
            return new QueuedRun(await QueueAsync(storeId, entity, SyncTriggers.Manual, queuedAt, cancellationToken), Created: true);
        }
        catch (DbUpdateException)
        {
            // A concurrent request queued it first: the unique index on queued manual runs lets only one in.
            var first = await FindQueuedManualAsync(storeId, entity, cancellationToken);
            if (first is null)
            {
                throw;
            }

            return new QueuedRun(first, Created: false);
        }
    }

    public async Task MarkRunningAsync(Guid runId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var started = startedAt.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        Require(await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, SyncRunStatus.Running).SetProperty(r => r.StartedAt, started),
            cancellationToken), runId);
    }

    public async Task UpdateCountsAsync(Guid runId, SyncRunCounts counts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        Require(await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Pages, counts.Pages)
                .SetProperty(r => r.Upserted, counts.Upserted)
                .SetProperty(r => r.Stale, counts.Stale)
                .SetProperty(r => r.Quarantined, counts.Quarantined)
                .SetProperty(r => r.UnknownValues, counts.UnknownValues)
                .SetProperty(r => r.ThrottleWait, counts.ThrottleWait),
            cancellationToken), runId);
    }

    public async Task FinishAsync(Guid runId, SyncRunStatus status, SyncRunCounts counts, DateTimeOffset finishedAt, string? error, CancellationToken cancellationToken)
    {
        var finished = finishedAt.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        Require(await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, status)
                .SetProperty(r => r.FinishedAt, finished)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.Pages, counts.Pages)
                .SetProperty(r => r.Upserted, counts.Upserted)
                .SetProperty(r => r.Stale, counts.Stale)
                .SetProperty(r => r.Quarantined, counts.Quarantined)
                .SetProperty(r => r.UnknownValues, counts.UnknownValues)
                .SetProperty(r => r.ThrottleWait, counts.ThrottleWait),
            cancellationToken), runId);
    }

    public async Task<int> AbandonUnfinishedAsync(string reason, DateTimeOffset finishedAt, bool queuedToo, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var open = db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running || (queuedToo && r.Status == SyncRunStatus.Queued));
        return await InterruptAsync(open, reason, finishedAt, cancellationToken);
    }

    public async Task<int> InterruptOthersAsync(Guid storeId, SyncEntity entity, Guid currentRunId, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var stale = db.SyncRuns.Where(r => r.StoreId == storeId && r.Entity == entity && r.Status == SyncRunStatus.Running && r.Id != currentRunId);
        return await InterruptAsync(stale, reason, finishedAt, cancellationToken);
    }

    public async Task<int> TrimAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        var before = finishedBefore.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        return await db.SyncRuns
            .Where(r => r.Status != SyncRunStatus.Queued && r.Status != SyncRunStatus.Running && r.FinishedAt != null && r.FinishedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<SyncRun?> FindAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.SyncRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return row is null ? null : ToRun(row);
    }

    public async Task<IReadOnlyList<SyncRun>> ListAsync(Guid? storeId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = contexts.CreateDbContext();
        var runs = db.SyncRuns.AsNoTracking();
        if (storeId is { } store)
        {
            runs = runs.Where(r => r.StoreId == store);
        }

        var rows = await runs.OrderByDescending(r => r.QueuedAt).ThenByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToRun);
    }

    private static Task<int> InterruptAsync(IQueryable<SyncRunRow> runs, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        var finished = finishedAt.ToUniversalTime();
        return runs.ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, SyncRunStatus.Interrupted).SetProperty(r => r.FinishedAt, finished).SetProperty(r => r.Error, reason),
            cancellationToken);
    }

    private async Task<SyncRun?> FindQueuedManualAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.SyncRuns.AsNoTracking()
            .Where(r => r.StoreId == storeId && r.Entity == entity && r.Status == SyncRunStatus.Queued && r.Trigger == SyncTriggers.Manual)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToRun(row);
    }

    private static void Require(int affected, Guid runId)
    {
        if (affected != 1)
        {
            throw new InvalidOperationException($"Sync run {runId} does not exist.");
        }
    }

    internal static SyncRun ToRun(SyncRunRow row) => new(
        row.Id,
        row.StoreId,
        row.Entity,
        row.Status,
        row.Trigger,
        row.QueuedAt,
        row.StartedAt,
        row.FinishedAt,
        new SyncRunCounts(row.Pages, row.Upserted, row.Stale, row.Quarantined, row.UnknownValues, row.ThrottleWait),
        row.Error);
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Budgets;
using CrossBorderHub.Scheduler.Metrics;
using CrossBorderHub.Scheduler.Ports;
using CrossBorderHub.Scheduler.Steering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Scheduler;

/// <summary>
/// One run of one (store, entity): connector pages -> canonical store, page by page. The checkpoint moves
/// with each committed page, so a run that fails half way resumes where its last page landed.
/// </summary>
public sealed class SyncRunner(
    IStoreAccountSource accounts,
    IConnectorRegistry connectors,
    ICanonicalStore store,
    ISyncRunStore runs,
    RateBudgetBoard budgets,
    SyncMetrics metrics,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    /// <summary>Pages fetched ahead of the one being written: enough to overlap network and database, bounded in memory.</summary>
    private const int PrefetchPages = 2;

    /// <summary>How often a running run's counts are saved for the API; the final counts are always saved.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public const string InterruptedReason = "Interrupted: the hub was stopping. The next run resumes from the last committed page.";

    /// <summary>
    /// Runs to the end, or until <paramref name="cancellationToken"/> (the hub stopping) or the run's deadline
    /// (<see cref="SyncOptions.RunDeadline"/>) cancels it: a marketplace that accepts connections and never answers
    /// holds a worker for the deadline at most. A wait for rate budget longer than <see cref="SyncOptions.BudgetYieldAfter"/>
    /// ends the run as Deferred, with the time the budget needs to refill.
    /// </summary>
    public Task<SyncRunOutcome> RunAsync(Guid runId, Guid storeId, SyncEntity entity, CancellationToken cancellationToken) =>
        RunAsync(runId, storeId, entity, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(Guid, Guid, SyncEntity, CancellationToken)"/>; a backfill starts from <paramref name="backfillFrom"/> rather than the stored checkpoint.</summary>
    public async Task<SyncRunOutcome> RunAsync(Guid runId, Guid storeId, SyncEntity entity, DateTimeOffset? backfillFrom, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["StoreId"] = storeId, ["RunId"] = runId, ["Entity"] = SyncEntities.Name(entity) });
        var settings = options.Value;
        using var deadline = new CancellationTokenSource(settings.RunDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var budgetScope = new RateBudgetScope(settings.BudgetYieldAfter, (key, budget) => budgets.Saw(storeId, key, budget));
        var run = new RunContext(runId, storeId, entity);
        var started = time.GetTimestamp();
        await runs.MarkRunningAsync(runId, time.GetUtcNow(), linked.Token);
        try
        {
            await PullAsync(run, backfillFrom, linked.Token);
            await runs.FinishAsync(runId, SyncRunStatus.Succeeded, run.Counts, time.GetUtcNow(), null, CancellationToken.None);
            var counts = run.Counts;
            SchedulerLog.RunSucceeded(logger, entity, storeId, counts.Pages, counts.Upserted, counts.Stale, counts.Quarantined, counts.UnknownValues);
            return Measured(run, SyncRunOutcome.Succeeded, started);
        }
        catch (RateBudgetExhaustedException spent) when (!linked.IsCancellationRequested)
        {
            var reason = $"Deferred: the marketplace's rate budget is spent; a run resumes from the last committed page in {spent.RetryAfter.TotalSeconds:0.###} s.";
            await runs.FinishAsync(runId, SyncRunStatus.Deferred, run.Counts, time.GetUtcNow(), reason, CancellationToken.None);
            SchedulerLog.RunDeferred(logger, entity, storeId, runId, spent.RetryAfter, run.Counts.Pages);
            return Measured(run, new SyncRunOutcome(SyncRunStatus.Deferred, MarketplaceFailureKind.Throttled, reason, spent.RetryAfter), started);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SchedulerLog.RunInterrupted(logger, entity, storeId, runId);
            await runs.FinishAsync(runId, SyncRunStatus.Interrupted, run.Counts, time.GetUtcNow(), InterruptedReason, CancellationToken.None);
            return Measured(run, new SyncRunOutcome(SyncRunStatus.Interrupted, null, InterruptedReason), started);
        }
        catch (Exception exception)
        {
            SchedulerLog.RunFailed(logger, exception, entity, storeId, runId);
            var (kind, reason) = Classify(exception, cancellationToken.IsCancellationRequested, deadline.IsCancellationRequested, settings.RunDeadline);
            await runs.FinishAsync(runId, SyncRunStatus.Failed, run.Counts, time.GetUtcNow(), reason, CancellationToken.None);
            return Measured(run, new SyncRunOutcome(SyncRunStatus.Failed, kind, reason), started);
        }
    }

    private SyncRunOutcome Measured(RunContext run, SyncRunOutcome outcome, long started)
    {
        metrics.RunFinished(run.Entity, outcome, run.Counts, time.GetElapsedTime(started));
        return outcome;
    }

    private static (MarketplaceFailureKind? Kind, string Reason) Classify(Exception exception, bool stopping, bool pastDeadline, TimeSpan runDeadline) => exception switch
    {
        OperationCanceledException when stopping => (null, "Cancelled: the hub was stopping."),
        _ when pastDeadline && !stopping => (
            MarketplaceFailureKind.Unavailable,
            $"Deadline: the run did not finish within {runDeadline}; the next run resumes from the last committed page."),
        _ => ((exception as MarketplaceException)?.Kind, MarketplaceException.Bound(exception.Message)),
    };

    private async Task PullAsync(RunContext run, DateTimeOffset? backfillFrom, CancellationToken cancellationToken)
    {
        var (storeId, entity) = (run.StoreId, run.Entity);
        var account = await accounts.FindAsync(storeId, cancellationToken)
            ?? throw new InvalidOperationException($"Store {storeId} does not exist.");
        var connector = connectors.Find(account.Marketplace)
            ?? throw new InvalidOperationException($"No connector is registered for marketplace '{account.Marketplace}'.");
        if (!connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(entity)))
        {
            throw new NotSupportedException($"The {account.Marketplace} connector cannot pull {SyncEntities.Name(entity)}.");
        }

        var checkpoint = await store.GetCheckpointAsync(storeId, entity, cancellationToken);
        if (backfillFrom is { } from)
        {
            checkpoint = BackfillCheckpoint.From(checkpoint, from);
        }

        SchedulerLog.RunStarted(logger, entity, storeId, run.RunId, checkpoint);
        switch (entity)
        {
            case SyncEntity.Orders:
                await WritePagesAsync(run, connector.PullOrdersAsync(account, checkpoint, cancellationToken), store.WriteOrdersAsync, cancellationToken);
                break;
            case SyncEntity.Catalog:
                await WritePagesAsync(run, connector.PullCatalogAsync(account, checkpoint, cancellationToken), store.WriteProductsAsync, cancellationToken);
                break;
            case SyncEntity.Inventory:
                await WritePagesAsync(run, connector.PullInventoryAsync(account, checkpoint, cancellationToken), store.WriteInventoryAsync, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(run), entity, null);
        }
    }

    private async Task WritePagesAsync<T>(
        RunContext run,
        IAsyncEnumerable<SourcePage<T>> pages,
        Func<PageWrite<T>, CancellationToken, Task<PageWriteResult>> write,
        CancellationToken cancellationToken)
    {
        var reported = time.GetTimestamp();
        await foreach (var page in PagePrefetch.Ahead(pages, PrefetchPages, cancellationToken))
        {
            var result = await write(
                new PageWrite<T>(run.StoreId, run.Entity, run.RunId, page.Items, page.Quarantined, page.Checkpoint),
                cancellationToken);
            Report(page);
            var counts = run.Counts;
            run.Counts = new SyncRunCounts(
                counts.Pages + 1,
                counts.Upserted + result.Upserted,
                counts.Stale + result.Stale,
                counts.Quarantined + result.Quarantined,
                counts.UnknownValues + page.Issues.Count,
                counts.ThrottleWait + page.ThrottleWait);
            if (time.GetElapsedTime(reported) >= ProgressInterval)
            {
                await runs.UpdateCountsAsync(run.RunId, run.Counts, cancellationToken);
                reported = time.GetTimestamp();
            }
        }
    }

    private void Report<T>(SourcePage<T> page)
    {
        foreach (var issue in page.Issues)
        {
            SchedulerLog.UnknownValue(logger, issue.MarketplaceId, issue.Field, issue.Value);
        }

        foreach (var record in page.Quarantined)
        {
            SchedulerLog.Quarantined(logger, record.MarketplaceId, record.Reason);
        }
    }

    /// <summary>The run and what its committed pages have done so far, which a failed or deferred run still reports.</summary>
    private sealed class RunContext(Guid runId, Guid storeId, SyncEntity entity)
    {
        public Guid RunId { get; } = runId;

        public Guid StoreId { get; } = storeId;

        public SyncEntity Entity { get; } = entity;

        public SyncRunCounts Counts { get; set; } = SyncRunCounts.None;
    }
}

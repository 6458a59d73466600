using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Ports;
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
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    /// <summary>Pages fetched ahead of the one being written: enough to overlap network and database, bounded in memory.</summary>
    private const int PrefetchPages = 2;

    /// <summary>How often a running run's counts are saved for the API; the final counts are always saved.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs to the end, or until <paramref name="cancellationToken"/> (the hub stopping) or the run's deadline
    /// (<see cref="SyncOptions.RunDeadline"/>) cancels it: a marketplace that accepts connections and never answers
    /// holds a worker for the deadline at most.
    /// </summary>
    public async Task<SyncRunOutcome> RunAsync(Guid runId, Guid storeId, SyncEntity entity, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["StoreId"] = storeId, ["RunId"] = runId });
        var runDeadline = options.Value.RunDeadline;
        using var deadline = new CancellationTokenSource(runDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var outcome = await RunUntilAsync(runId, storeId, entity, runDeadline, deadline.Token, linked.Token, cancellationToken);
        return outcome;
    }

    private async Task<SyncRunOutcome> RunUntilAsync(
        Guid runId, Guid storeId, SyncEntity entity, TimeSpan runDeadline, CancellationToken deadline, CancellationToken cancellationToken, CancellationToken stopping)
    {
        await runs.MarkRunningAsync(runId, time.GetUtcNow(), cancellationToken);
        var counts = SyncRunCounts.None;
        try
        {
            var account = await accounts.FindAsync(storeId, cancellationToken)
                ?? throw new InvalidOperationException($"Store {storeId} does not exist.");
            var connector = connectors.Find(account.Marketplace)
                ?? throw new InvalidOperationException($"No connector is registered for marketplace '{account.Marketplace}'.");
            if (!connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(entity)))
            {
                throw new NotSupportedException($"The {account.Marketplace} connector cannot pull {SyncEntities.Name(entity)}.");
            }

            var checkpoint = await store.GetCheckpointAsync(storeId, entity, cancellationToken);
            SchedulerLog.RunStarted(logger, entity, storeId, runId, checkpoint);
            var run = new RunContext(runId, storeId, entity);
            counts = entity switch
            {
                SyncEntity.Orders => await WritePagesAsync(run, connector.PullOrdersAsync(account, checkpoint, cancellationToken), store.WriteOrdersAsync, cancellationToken),
                SyncEntity.Catalog => await WritePagesAsync(run, connector.PullCatalogAsync(account, checkpoint, cancellationToken), store.WriteProductsAsync, cancellationToken),
                SyncEntity.Inventory => await WritePagesAsync(run, connector.PullInventoryAsync(account, checkpoint, cancellationToken), store.WriteInventoryAsync, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
            };

            await runs.FinishAsync(runId, SyncRunStatus.Succeeded, counts, time.GetUtcNow(), null, CancellationToken.None);
            SchedulerLog.RunSucceeded(logger, entity, storeId, counts.Pages, counts.Upserted, counts.Stale, counts.Quarantined, counts.UnknownValues);
            return SyncRunOutcome.Succeeded;
        }
        catch (Exception exception)
        {
            SchedulerLog.RunFailed(logger, exception, entity, storeId, runId);
            var (kind, reason) = exception switch
            {
                OperationCanceledException when stopping.IsCancellationRequested => ((MarketplaceFailureKind?)null, "Cancelled: the hub was stopping."),
                _ when deadline.IsCancellationRequested && !stopping.IsCancellationRequested => (
                    MarketplaceFailureKind.Unavailable,
                    $"Deadline: the run did not finish within {runDeadline}; the next run resumes from the last committed page."),
                _ => ((exception as MarketplaceException)?.Kind, MarketplaceException.Bound(exception.Message)),
            };
            await runs.FinishAsync(runId, SyncRunStatus.Failed, counts, time.GetUtcNow(), reason, CancellationToken.None);
            return new SyncRunOutcome(SyncRunStatus.Failed, kind, reason);
        }
    }

    private async Task<SyncRunCounts> WritePagesAsync<T>(
        RunContext run,
        IAsyncEnumerable<SourcePage<T>> pages,
        Func<PageWrite<T>, CancellationToken, Task<PageWriteResult>> write,
        CancellationToken cancellationToken)
    {
        var counts = SyncRunCounts.None;
        var reported = time.GetTimestamp();
        await foreach (var page in PagePrefetch.Ahead(pages, PrefetchPages, cancellationToken))
        {
            var result = await write(
                new PageWrite<T>(run.StoreId, run.Entity, run.RunId, page.Items, page.Quarantined, page.Checkpoint),
                cancellationToken);
            Report(page);
            counts = new SyncRunCounts(
                counts.Pages + 1,
                counts.Upserted + result.Upserted,
                counts.Stale + result.Stale,
                counts.Quarantined + result.Quarantined,
                counts.UnknownValues + page.Issues.Count,
                counts.ThrottleWait + page.ThrottleWait);
            if (time.GetElapsedTime(reported) >= ProgressInterval)
            {
                await runs.UpdateCountsAsync(run.RunId, counts, cancellationToken);
                reported = time.GetTimestamp();
            }
        }

        return counts;
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

    private sealed record RunContext(Guid RunId, Guid StoreId, SyncEntity Entity);
}

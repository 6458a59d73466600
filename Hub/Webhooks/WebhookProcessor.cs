using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// Starts the syncs stored pushes call for, after they were answered: first the rows a stop or a crash left unprocessed,
/// then each new one as the endpoint hands it over. A sync of the same (store, entity) already waiting to start absorbs
/// the new request (the scheduler coalesces it), since that run reads the change too. Old rows are pruned on a timer.
/// </summary>
internal sealed class WebhookProcessor(
    WebhookQueue queue,
    IWebhookDeliveries deliveries,
    IStoreAccountRepository stores,
    IConnectorRegistry connectors,
    ISyncScheduler scheduler,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookProcessor> logger) : BackgroundService
{
    private const int CatchUpBatch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var pruning = PruneAsync(settings, stoppingToken);
        if (settings.ProcessingEnabled)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
                {
                    await ProcessAsync(id, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: what is left unprocessed is found at the next start.
            }
        }

        await pruning;
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<WebhookDeliveryView> batch;
        try
        {
            batch = await deliveries.ListUnprocessedAsync(CatchUpBatch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.TableFailed(logger, e);
            return;
        }

        if (batch.Count > 0)
        {
            WebhookLog.CatchingUp(logger, batch.Count);
        }

        // Each row processed is marked (failed ones too), so the next batch holds only rows not seen yet.
        while (batch.Count > 0)
        {
            foreach (var row in batch)
            {
                await ProcessAsync(row.Id, cancellationToken);
            }

            batch = batch.Count < CatchUpBatch ? [] : await deliveries.ListUnprocessedAsync(CatchUpBatch, cancellationToken);
        }
    }

    private async Task ProcessAsync(Guid id, CancellationToken cancellationToken)
    {
        WebhookDeliveryView? row = null;
        try
        {
            row = await deliveries.FindAsync(id, cancellationToken);
            if (row is null || row.ProcessedAt is not null)
            {
                return;
            }

            var (outcome, detail) = await StartSyncsAsync(row, cancellationToken);
            await deliveries.CompleteAsync(id, outcome, detail, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.ProcessingFailed(logger, e, id, row?.StoreId ?? Guid.Empty);
            await TryMarkFailedAsync(id, e, cancellationToken);
        }
    }

    private async Task<(WebhookOutcome Outcome, string Detail)> StartSyncsAsync(WebhookDeliveryView row, CancellationToken cancellationToken)
    {
        var store = await stores.FindAsync(row.StoreId, cancellationToken);
        if (store is null || store.Status != StoreStatus.Active)
        {
            var status = store is null ? "purged" : store.Status.ToString();
            WebhookLog.NothingStarted(logger, row.Marketplace, row.Topic, row.StoreId, $"store {status}");
            return (WebhookOutcome.StoreNotActive, $"store {status}");
        }

        var capabilities = connectors.Find(store.Marketplace)?.Capabilities ?? MarketplaceCapabilities.None;
        var entities = SyncEntities.All
            .Where(e => row.Pulls.HasFlag(SyncEntities.RequiredCapability(e)) && capabilities.HasFlag(SyncEntities.RequiredCapability(e)))
            .ToList();
        if (entities.Count == 0)
        {
            WebhookLog.NothingStarted(logger, row.Marketplace, row.Topic, row.StoreId, "no sync to start");
            return (WebhookOutcome.NothingToSync, $"topic {row.Topic} calls for no sync");
        }

        var runs = new List<string>();
        foreach (var entity in entities)
        {
            var run = await scheduler.TriggerAsync(store.Id, entity, cancellationToken);
            WebhookLog.SyncStarted(logger, row.Marketplace, row.Topic, store.Id, SyncEntities.Name(entity), run.Id);
            runs.Add($"{SyncEntities.Name(entity)} run {run.Id}");
        }

        return (WebhookOutcome.SyncStarted, string.Join(", ", runs));
    }

    private async Task TryMarkFailedAsync(Guid id, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            // Scheduled polling brings the change in; the row is not retried, so a broken push cannot loop.
            await deliveries.CompleteAsync(id, WebhookOutcome.Failed, error.GetType().Name, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.TableFailed(logger, e);
        }
    }

    private async Task PruneAsync(WebhookOptions settings, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PruneInterval, time);
        try
        {
            do
            {
                try
                {
                    var before = time.GetUtcNow() - settings.Retention;
                    var pruned = await deliveries.PruneAsync(before, stoppingToken);
                    if (pruned > 0)
                    {
                        WebhookLog.Pruned(logger, pruned, before);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    WebhookLog.TableFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

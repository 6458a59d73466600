using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;

namespace CrossBorderHub.Hub.Dashboard.Steering;

/// <summary>Admin actions on <see cref="ISyncScheduler"/> and the stores, with the same rules as the stores API.</summary>
internal sealed class SchedulerSteering(
    IStoreAccountRepository stores,
    IConnectorRegistry connectors,
    ISyncScheduler scheduler,
    ICommandBoard commands,
    ICommandDelivery delivery,
    QuarantineRetry quarantine,
    TimeProvider time) : IStoreSteering
{
    public async Task<SteeringOutcome> RunNowAsync(Guid storeId, string? entity, CancellationToken cancellationToken)
    {
        if (!SyncEntities.TryParse(entity, out var syncEntity))
        {
            return SteeringOutcome.Refused($"Choose what to sync: {string.Join(", ", SyncEntities.All.Select(SyncEntities.Name))}.");
        }

        if (await stores.FindAsync(storeId, cancellationToken) is not { } store)
        {
            return SteeringOutcome.Refused("No such store.");
        }

        if (store.Status != StoreStatus.Active)
        {
            return SteeringOutcome.Refused($"The store is {store.Status}; only an active store syncs. {store.StatusReason}".TrimEnd());
        }

        if (connectors.Find(store.Marketplace) is not { } connector || !connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(syncEntity)))
        {
            return SteeringOutcome.Refused($"The {store.Marketplace} connector cannot pull {SyncEntities.Name(syncEntity)}.");
        }

        var run = await scheduler.TriggerAsync(storeId, syncEntity, cancellationToken);
        return new SteeringOutcome(true, $"A {SyncEntities.Name(syncEntity)} sync of {store.Name} is queued.", run.Id);
    }

    public async Task<SteeringOutcome> PauseAsync(Guid storeId, CancellationToken cancellationToken)
    {
        if (await stores.FindAsync(storeId, cancellationToken) is not { } store)
        {
            return SteeringOutcome.Refused("No such store.");
        }

        if (store.Status != StoreStatus.Active)
        {
            return SteeringOutcome.Refused($"The store is {store.Status}, not active.");
        }

        await stores.UpdateAsync(storeId, new StoreChanges(Paused: true), cancellationToken);
        await scheduler.PauseStoreAsync(storeId, cancellationToken);
        return new SteeringOutcome(true, $"{store.Name} is paused.");
    }

    public async Task<SteeringOutcome> ResumeAsync(Guid storeId, CancellationToken cancellationToken)
    {
        if (await stores.FindAsync(storeId, cancellationToken) is not { } store)
        {
            return SteeringOutcome.Refused("No such store.");
        }

        if (store.Status != StoreStatus.Paused)
        {
            return SteeringOutcome.Refused(store.Status == StoreStatus.NeedsReauthorization
                ? "The store needs new credentials (PATCH /api/v1/stores/{id} with credentials) before it can resume."
                : $"The store is {store.Status}, not paused.");
        }

        var updated = await stores.UpdateAsync(storeId, new StoreChanges(Paused: false), cancellationToken);
        if (updated?.Status != StoreStatus.Active)
        {
            return SteeringOutcome.Refused($"The store stays {updated?.Status}.");
        }

        await scheduler.ResumeStoreAsync(storeId, cancellationToken);
        return new SteeringOutcome(true, $"{store.Name} is active again; its syncs resume from their checkpoints.");
    }

    public async Task<SteeringOutcome> ResendCommandAsync(Guid commandId, CancellationToken cancellationToken)
    {
        if (!await commands.ResendAsync(commandId, time.GetUtcNow(), cancellationToken))
        {
            return SteeringOutcome.Refused("Only a failed command can be sent again.");
        }

        await delivery.DeliverSoonAsync(cancellationToken);
        return new SteeringOutcome(true, "The command is queued to be sent again.");
    }

    public Task<SteeringOutcome> RetryQuarantinedAsync(Guid entryId, CancellationToken cancellationToken) =>
        quarantine.RetryAsync(entryId, cancellationToken);
}

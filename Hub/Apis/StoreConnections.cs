using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// Connecting and editing a store once the request is valid, shared by the store API and the consent flow: a new store
/// is saved with its settings in the marketplace's shape and put on the schedule; an edit moves the schedule with the
/// store's status (new credentials end "needs re-authorization" and its paused syncs resume from their checkpoints).
/// </summary>
internal sealed class StoreConnections(IStoreAccountRepository stores, ISyncScheduler scheduler)
{
    public async Task<StoreSummary> CreateAsync(
        IMarketplaceConnector connector,
        Guid tenantId,
        string name,
        JsonElement? settings,
        IReadOnlyDictionary<string, string> credentials,
        Uri? baseUrl,
        Uri? authUrl,
        CancellationToken cancellationToken)
    {
        var normalized = connector.Account.Normalize(settings ?? StoreAccountJson.EmptyObject);
        var created = await stores.CreateAsync(new NewStoreAccount(tenantId, connector.Marketplace, name, normalized, credentials, baseUrl, authUrl), cancellationToken);
        await scheduler.ScheduleStoreAsync(new ScheduledStore(created.Id, created.Marketplace, Paused: false), cancellationToken);
        return created;
    }

    /// <summary>Applies <paramref name="changes"/> to <paramref name="before"/>; null when the store is gone.</summary>
    public async Task<StoreSummary?> UpdateAsync(StoreSummary before, StoreChanges changes, CancellationToken cancellationToken)
    {
        var updated = await stores.UpdateAsync(before.Id, changes, cancellationToken);
        if (updated is null)
        {
            return null;
        }

        if (updated.Status == StoreStatus.Active && before.Status != StoreStatus.Active)
        {
            await scheduler.ResumeStoreAsync(before.Id, cancellationToken);
        }
        else if (updated.Status != StoreStatus.Active && before.Status == StoreStatus.Active)
        {
            await scheduler.PauseStoreAsync(before.Id, cancellationToken);
        }

        return updated;
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Steering;

/// <summary>
/// Maps a quarantined record's stored payload again with its connector's mapper; when it maps, the record is upserted
/// like a synced page (newer versions still win) and leaves the quarantine, otherwise it stays with the new reason shown.
/// </summary>
internal sealed class QuarantineRetry(IQuarantineEntries quarantine, IStoreAccountSource accounts, IConnectorRegistry connectors, ICanonicalStore canonical)
{
    public async Task<SteeringOutcome> RetryAsync(Guid entryId, CancellationToken cancellationToken)
    {
        if (await quarantine.FindAsync(entryId, cancellationToken) is not { } entry)
        {
            return SteeringOutcome.Refused("No such quarantined record.");
        }

        if (entry.Entity != SyncEntity.Orders)
        {
            return SteeringOutcome.Refused($"Only quarantined orders can be mapped again; this is {entry.Entity}.");
        }

        if (await accounts.FindAsync(entry.StoreId, cancellationToken) is not { } account)
        {
            return SteeringOutcome.Refused("The store is gone or has no credentials.");
        }

        if (connectors.Find(account.Marketplace) is not IRecordRemapper remapper)
        {
            return SteeringOutcome.Refused($"The {account.Marketplace} connector cannot map a stored record again.");
        }

        IReadOnlyList<CanonicalOrder> orders;
        try
        {
            orders = await remapper.RemapOrderAsync(account, entry.RawPayload, [], cancellationToken);
        }
        catch (Exception e) when (RecordFaults.IsRecordFault(e))
        {
            return SteeringOutcome.Refused($"It still cannot be mapped: {RecordFaults.ReasonOf(e)}");
        }
        catch (MarketplaceException e)
        {
            // A re-map may need a follow-up call (Amazon v0 order items): the marketplace's answer is the reason, not a 500.
            return SteeringOutcome.Refused($"The marketplace could not be asked ({e.Kind}): {e.Message}");
        }

        // The write carries the current checkpoint: should a sync move it meanwhile, the next run only reads again what it
        // already has (upserts are idempotent and never let an older version win).
        var checkpoint = await canonical.GetCheckpointAsync(entry.StoreId, SyncEntity.Orders, cancellationToken);
        if (checkpoint is null)
        {
            return SteeringOutcome.Refused("The store's orders have no checkpoint yet; its next sync reads the record again.");
        }

        await canonical.WriteOrdersAsync(new PageWrite<CanonicalOrder>(entry.StoreId, SyncEntity.Orders, entry.RunId, orders, [], checkpoint), cancellationToken);
        await quarantine.RemoveAsync(entry.Id, cancellationToken);
        return new SteeringOutcome(true, $"Order {entry.MarketplaceId} is mapped and stored; it left the quarantine.");
    }
}

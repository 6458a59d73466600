using CrossBorderHub.Connectors;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>Store accounts for the jobs that sync them. Credentials are decrypted only by <see cref="FindAsync"/>, where a call needs them.</summary>
public interface IStoreAccountSource
{
    Task<StoreAccount?> FindAsync(Guid storeId, CancellationToken cancellationToken);

    /// <summary>Every store to put on the schedule: ids and marketplaces only.</summary>
    Task<IReadOnlyList<ScheduledStore>> ListScheduledAsync(CancellationToken cancellationToken);
}

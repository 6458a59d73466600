using CrossBorderHub.Connectors;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>Store accounts with their credentials decrypted, for the jobs that sync them.</summary>
public interface IStoreAccountSource
{
    Task<StoreAccount?> FindAsync(Guid storeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoreAccount>> ListAsync(CancellationToken cancellationToken);
}

namespace CrossBorderHub.Persistence;

/// <summary>Store accounts for the API: connect, edit, remove and purge; summaries never carry credentials.</summary>
public interface IStoreAccountRepository
{
    Task<StoreSummary> CreateAsync(NewStoreAccount store, CancellationToken ct);

    Task<StoreSummary?> FindAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<StoreSummary>> ListAsync(CancellationToken ct);

    Task<StoreSummary?> FindByNameAsync(Guid sellerId, string marketplace, string name, CancellationToken ct);

    /// <summary>Points a store at other API and token hosts (a sandbox that moved); false when the store does not exist.</summary>
    Task<bool> UpdateEndpointsAsync(Guid id, Uri? baseUrl, Uri? authUrl, CancellationToken ct);

    /// <summary>Applies an edit and moves the status with it (new credentials: Active unless paused; paused: Paused or Active); null when the store does not exist.</summary>
    Task<StoreSummary?> UpdateAsync(Guid id, StoreChanges changes, CancellationToken ct);

    /// <summary>Marks the store Removed and drops its credentials; its orders, products and inventory stay readable. False when it does not exist.</summary>
    Task<bool> RemoveAsync(Guid id, CancellationToken ct);

    /// <summary>Deletes the store and everything synced for it: orders, products, inventory, quarantine, checkpoints, runs. False when it does not exist.</summary>
    Task<bool> PurgeAsync(Guid id, CancellationToken ct);
}

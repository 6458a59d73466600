namespace CrossBorderHub.Persistence;

/// <summary>Store accounts for the API: create and list; summaries never carry credentials.</summary>
public interface IStoreAccountRepository
{
    Task<StoreSummary> CreateAsync(NewStoreAccount store, CancellationToken ct);

    Task<StoreSummary?> FindAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<StoreSummary>> ListAsync(CancellationToken ct);

    Task<StoreSummary?> FindByNameAsync(Guid sellerId, string marketplace, string name, CancellationToken ct);

    /// <summary>Points a store at other API and token hosts (a sandbox that moved); false when the store does not exist.</summary>
    Task<bool> UpdateEndpointsAsync(Guid id, Uri? baseUrl, Uri? authUrl, CancellationToken ct);
}

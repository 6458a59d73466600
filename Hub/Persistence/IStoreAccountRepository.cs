namespace CrossBorderHub.Persistence;

/// <summary>Store accounts for the API: create and list; summaries never carry credentials.</summary>
public interface IStoreAccountRepository
{
    Task<StoreSummary> CreateAsync(NewStoreAccount store, CancellationToken ct);

    Task<StoreSummary?> FindAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<StoreSummary>> ListAsync(CancellationToken ct);

    Task<StoreSummary?> FindByNameAsync(Guid sellerId, string marketplace, string name, CancellationToken ct);
}

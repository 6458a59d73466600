using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>Store accounts with credentials decrypted, for the sync jobs only.</summary>
internal sealed class StoreAccountSource(IHubDbContextFactory contexts, CredentialProtector protector) : IStoreAccountSource
{
    public async Task<StoreAccount?> FindAsync(Guid storeId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var found = await Query(db).Where(x => x.Store.Id == storeId).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : ToAccount(found.Store, found.Protected);
    }

    public async Task<IReadOnlyList<StoreAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await Query(db).OrderBy(x => x.Store.Marketplace).ThenBy(x => x.Store.Name).ToListAsync(cancellationToken);
        return rows.ConvertAll(x => ToAccount(x.Store, x.Protected));
    }

    private static IQueryable<StoreWithSecret> Query(HubDbContext db) =>
        from store in db.Stores.AsNoTracking()
        join credential in db.StoreCredentials.AsNoTracking() on store.Id equals credential.StoreId into credentials
        from credential in credentials.DefaultIfEmpty()
        select new StoreWithSecret(store, credential == null ? null : credential.Protected);

    private StoreAccount ToAccount(StoreRow store, string? protectedCredentials) => new(
        store.Id,
        store.SellerId,
        store.Marketplace,
        store.Name,
        store.Settings,
        protectedCredentials is null ? new Dictionary<string, string>() : protector.Unprotect(store.Id, protectedCredentials),
        StoreAccountRepository.ToUri(store.BaseUrl),
        StoreAccountRepository.ToUri(store.AuthUrl));

    private sealed record StoreWithSecret(StoreRow Store, string? Protected);
}

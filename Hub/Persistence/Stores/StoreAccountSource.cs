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
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, cancellationToken);
        if (store is null)
        {
            return null;
        }

        var secret = await db.StoreCredentials.AsNoTracking()
            .Where(c => c.StoreId == storeId).Select(c => c.Protected).FirstOrDefaultAsync(cancellationToken);
        return ToAccount(store, secret);
    }

    public async Task<IReadOnlyList<ScheduledStore>> ListScheduledAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Stores.AsNoTracking()
            .OrderBy(s => s.Marketplace).ThenBy(s => s.Name)
            .Select(s => new ScheduledStore(s.Id, s.Marketplace, false))
            .ToListAsync(cancellationToken);
    }

    private StoreAccount ToAccount(StoreRow store, string? protectedCredentials) => new(
        store.Id,
        store.SellerId,
        store.Marketplace,
        store.Name,
        store.Settings,
        protectedCredentials is null ? new Dictionary<string, string>() : protector.Unprotect(store.Id, protectedCredentials),
        StoreAccountRepository.ToUri(store.BaseUrl),
        StoreAccountRepository.ToUri(store.AuthUrl));
}

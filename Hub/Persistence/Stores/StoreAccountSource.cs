using System.Security.Cryptography;
using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>
/// Store accounts with credentials decrypted, for the sync jobs only. Credentials that cannot be decrypted, and custom
/// hosts the hub does not allow, end the run as the failure kind the scheduler acts on, never as a crash of the hub.
/// </summary>
internal sealed class StoreAccountSource(IHubDbContextFactory contexts, CredentialProtector protector, IOptions<ConnectorHostOptions> hosts)
    : IStoreAccountSource
{
    public const string UnreadableCredentialsCode = "credentials_unreadable";
    public const string CustomHostCode = "custom_host_not_allowed";

    public async Task<StoreAccount?> FindAsync(Guid storeId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId && s.Status != StoreStatus.Removed, cancellationToken);
        if (store is null)
        {
            return null;
        }

        if (!hosts.Value.AllowCustomHosts && (store.BaseUrl is not null || store.AuthUrl is not null))
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                store.Marketplace,
                CustomHostCode,
                $"Store {storeId} names its own host, and this hub sends credentials only to {store.Marketplace}'s own hosts (Connectors:AllowCustomHosts is off).");
        }

        var secret = await db.StoreCredentials.AsNoTracking()
            .Where(c => c.StoreId == storeId).Select(c => c.Protected).FirstOrDefaultAsync(cancellationToken);
        return ToAccount(store, secret);
    }

    public async Task<IReadOnlyList<ScheduledStore>> ListScheduledAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Stores.AsNoTracking()
            .Where(s => s.Status != StoreStatus.Removed)
            .OrderBy(s => s.Marketplace).ThenBy(s => s.Name)
            .Select(s => new ScheduledStore(s.Id, s.Marketplace, s.Status != StoreStatus.Active))
            .ToListAsync(cancellationToken);
    }

    private StoreAccount ToAccount(StoreRow store, string? protectedCredentials) => new(
        store.Id,
        store.SellerId,
        store.Marketplace,
        store.Name,
        StoreAccountRepository.SettingsOf(store),
        Decrypt(store, protectedCredentials),
        StoreAccountRepository.ToUri(store.BaseUrl),
        StoreAccountRepository.ToUri(store.AuthUrl));

    private Dictionary<string, string> Decrypt(StoreRow store, string? protectedCredentials)
    {
        if (protectedCredentials is null)
        {
            return [];
        }

        try
        {
            return protector.Unprotect(store.Id, protectedCredentials);
        }
        catch (CryptographicException e)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.AuthorizationRefused,
                store.Marketplace,
                UnreadableCredentialsCode,
                "The stored credentials cannot be decrypted (the hub's Data Protection keys were lost or rotated); send them again with PATCH /api/v1/stores/{id}.",
                e);
        }
    }
}

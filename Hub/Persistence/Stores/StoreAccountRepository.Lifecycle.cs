using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>Edit, remove and purge.</summary>
internal sealed partial class StoreAccountRepository
{
    public async Task<StoreSummary?> UpdateAsync(Guid id, StoreChanges changes, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Stores.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (row is null || row.Status == StoreStatus.Removed)
        {
            return row is null ? null : ToSummary(row);
        }

        var now = time.GetUtcNow();
        row.Name = changes.Name ?? row.Name;
        row.Settings = changes.Settings is { } settings ? SettingsText(settings) : row.Settings;
        row.BaseUrl = changes.ClearBaseUrl ? null : changes.BaseUrl?.ToString() ?? row.BaseUrl;
        row.AuthUrl = changes.ClearAuthUrl ? null : changes.AuthUrl?.ToString() ?? row.AuthUrl;
        if (changes.Credentials is { } credentials)
        {
            await ReplaceCredentialsAsync(db, id, credentials, now, ct);
            if (row.Status == StoreStatus.NeedsReauthorization)
            {
                SetStatus(row, StoreStatus.Active, StoreStatusReasons.CredentialsUpdated, now);
            }
        }

        if (changes.Paused == true && row.Status == StoreStatus.Active)
        {
            SetStatus(row, StoreStatus.Paused, StoreStatusReasons.PausedByAdmin, now);
        }
        else if (changes.Paused == false && row.Status == StoreStatus.Paused)
        {
            SetStatus(row, StoreStatus.Active, StoreStatusReasons.ResumedByAdmin, now);
        }

        await db.SaveChangesAsync(ct);
        return ToSummary(row);
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var changed = await db.Stores.Where(s => s.Id == id).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Status, StoreStatus.Removed)
                .SetProperty(s => s.StatusReason, StoreStatusReasons.Removed)
                .SetProperty(s => s.StatusChangedAt, now),
            ct);

        // A removed store never syncs again, so nothing needs its secrets.
        await db.StoreCredentials.Where(c => c.StoreId == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return changed > 0;
    }

    public async Task<bool> PurgeAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Explicit deletes, child tables first: every provider, whatever its foreign-key enforcement.
        await db.Orders.Where(o => o.StoreId == id).ExecuteDeleteAsync(ct);
        await db.Products.Where(p => p.StoreId == id).ExecuteDeleteAsync(ct);
        await db.Inventory.Where(i => i.StoreId == id).ExecuteDeleteAsync(ct);
        await db.Quarantine.Where(q => q.StoreId == id).ExecuteDeleteAsync(ct);
        await db.Checkpoints.Where(c => c.StoreId == id).ExecuteDeleteAsync(ct);
        await db.SyncRuns.Where(r => r.StoreId == id).ExecuteDeleteAsync(ct);
        await db.WebhookDeliveries.Where(w => w.StoreId == id).ExecuteDeleteAsync(ct);
        await db.StoreCredentials.Where(c => c.StoreId == id).ExecuteDeleteAsync(ct);
        var deleted = await db.Stores.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted > 0;
    }

    internal static void SetStatus(StoreRow row, StoreStatus status, string reason, DateTimeOffset at)
    {
        row.Status = status;
        row.StatusReason = reason;
        row.StatusChangedAt = at;
    }

    private async Task ReplaceCredentialsAsync(HubDbContext db, Guid id, IReadOnlyDictionary<string, string> credentials, DateTimeOffset now, CancellationToken ct)
    {
        var payload = protector.Protect(id, credentials);
        var credential = await db.StoreCredentials.FirstOrDefaultAsync(c => c.StoreId == id, ct);
        if (credential is null)
        {
            db.StoreCredentials.Add(new StoreCredentialRow { StoreId = id, Protected = payload, UpdatedAt = now });
            return;
        }

        credential.Protected = payload;
        credential.Version++;
        credential.RotationLeaseUntil = null;
        credential.UpdatedAt = now;
    }
}

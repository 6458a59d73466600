using System.Text.Json;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Consent;

internal sealed class ConsentAuthorizationStore(IHubDbContextFactory contexts) : IConsentAuthorizations
{
    public async Task AddAsync(NewConsentAuthorization authorization, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        db.ConsentAuthorizations.Add(new ConsentAuthorizationRow
        {
            Id = authorization.Id,
            SellerId = authorization.TenantId,
            Marketplace = authorization.Marketplace,
            Input = authorization.Input.ValueKind == JsonValueKind.Object ? authorization.Input.GetRawText() : "{}",
            ReauthorizeStoreId = authorization.ReauthorizeStoreId,
            ReturnPath = authorization.ReturnPath,
            CallbackUrl = authorization.CallbackUrl.AbsoluteUri,
            CreatedAt = authorization.CreatedAt,
            ExpiresAt = authorization.ExpiresAt,
            Status = ConsentAuthorizationStatus.Pending,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ConsentAuthorization?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ConsentAuthorizations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return row is null ? null : ToRecord(row);
    }

    public async Task<bool> ClaimAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var claimed = await db.ConsentAuthorizations
            .Where(a => a.Id == id && a.Status == ConsentAuthorizationStatus.Pending && a.ClaimedAt == null && a.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ClaimedAt, now), ct);
        return claimed == 1;
    }

    public async Task<bool> ExpireAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var expired = await db.ConsentAuthorizations
            .Where(a => a.Id == id && a.Status == ConsentAuthorizationStatus.Pending && a.ClaimedAt == null && a.ExpiresAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ConsentAuthorizationStatus.Expired).SetProperty(a => a.FinishedAt, now), ct);
        return expired == 1;
    }

    public Task CompleteAsync(Guid id, Guid storeId, DateTimeOffset now, CancellationToken ct) =>
        FinishAsync(id, ConsentAuthorizationStatus.Completed, storeId, null, now, ct);

    public Task FailAsync(Guid id, string reason, DateTimeOffset now, CancellationToken ct) =>
        FinishAsync(id, ConsentAuthorizationStatus.Failed, null, Bound(reason), now, ct);

    private async Task FinishAsync(Guid id, ConsentAuthorizationStatus status, Guid? storeId, string? failure, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();

        // Only the callback that claimed the consent ends it, and only once.
        await db.ConsentAuthorizations
            .Where(a => a.Id == id && a.Status == ConsentAuthorizationStatus.Pending && a.ClaimedAt != null)
            .ExecuteUpdateAsync(
                u => u.SetProperty(a => a.Status, status)
                    .SetProperty(a => a.StoreId, storeId)
                    .SetProperty(a => a.Failure, failure)
                    .SetProperty(a => a.FinishedAt, now),
                ct);
    }

    private static string Bound(string reason) =>
        reason.Length <= ConsentAuthorizations.MaxFailureLength ? reason : string.Concat(reason.AsSpan(0, ConsentAuthorizations.MaxFailureLength - 1), "…");

    private static ConsentAuthorization ToRecord(ConsentAuthorizationRow row) => new(
        row.Id,
        row.SellerId,
        row.Marketplace,
        JsonSerializer.Deserialize<JsonElement>(row.Input),
        row.ReauthorizeStoreId,
        row.ReturnPath,
        new Uri(row.CallbackUrl, UriKind.Absolute),
        row.CreatedAt,
        row.ExpiresAt,
        row.ClaimedAt is not null,
        row.Status,
        row.StoreId,
        row.Failure);
}

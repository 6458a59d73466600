using CrossBorderHub.Persistence.Context;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Reads;

internal sealed class QuarantineEntries(IHubDbContextFactory contexts) : IQuarantineEntries
{
    public async Task<QuarantineEntry?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Quarantine.AsNoTracking()
            .Where(q => q.Id == id)
            .Select(q => new QuarantineEntry(q.Id, q.StoreId, q.Entity, q.RunId, q.MarketplaceId, q.RawPayload, q.Reason, q.QuarantinedAt))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Quarantine.Where(q => q.Id == id).ExecuteDeleteAsync(ct) == 1;
    }
}

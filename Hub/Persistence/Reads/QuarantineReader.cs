using CrossBorderHub.Persistence.Context;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Reads;

internal sealed class QuarantineReader(IHubDbContextFactory contexts) : IQuarantine
{
    public async Task<IReadOnlyList<QuarantineEntry>> ListAsync(Guid? storeId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = contexts.CreateDbContext();
        var rows = db.Quarantine.AsNoTracking();
        if (storeId is { } store)
        {
            rows = rows.Where(q => q.StoreId == store);
        }

        return await rows
            .OrderByDescending(q => q.QuarantinedAt).ThenByDescending(q => q.Id)
            .Take(limit)
            .Select(q => new QuarantineEntry(q.Id, q.StoreId, q.Entity, q.RunId, q.MarketplaceId, q.RawPayload, q.Reason, q.QuarantinedAt))
            .ToListAsync(ct);
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>Writes what the scheduler learned about a store; a removed store keeps its status.</summary>
internal sealed class StoreStatusWriter(IHubDbContextFactory contexts) : IStoreStatusWriter
{
    public async Task MarkNeedsReauthorizationAsync(Guid storeId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var bounded = MarketplaceException.Bound(reason, StoreStatusReasons.MaxLength);
        await using var db = contexts.CreateDbContext();
        await db.Stores
            .Where(s => s.Id == storeId && s.Status != StoreStatus.Removed)
            .ExecuteUpdateAsync(
                u => u.SetProperty(s => s.Status, StoreStatus.NeedsReauthorization)
                    .SetProperty(s => s.StatusReason, bounded)
                    .SetProperty(s => s.StatusChangedAt, at),
                cancellationToken);
    }
}

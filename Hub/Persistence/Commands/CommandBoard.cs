using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Commands;

internal sealed class CommandBoard(IHubDbContextFactory contexts) : ICommandBoard
{
    public async Task<IReadOnlyList<CommandBoardEntry>> ListAsync(Guid? storeId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = contexts.CreateDbContext();
        var rows = db.Commands.AsNoTracking();
        if (storeId is { } store)
        {
            rows = rows.Where(c => c.StoreId == store);
        }

        var list = await rows.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(limit).ToListAsync(ct);
        return [.. list.Select(r => new CommandBoardEntry(CommandStore.ToView(r), r.Payload))];
    }

    public async Task<bool> ResendAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var at = now.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        var changed = await db.Commands
            .Where(c => c.Id == id && c.Status == CommandStatus.Failed)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, CommandStatus.Queued)
                    .SetProperty(c => c.Attempts, 0)
                    .SetProperty(c => c.NextAttemptAt, at)
                    .SetProperty(c => c.CompletedAt, (DateTimeOffset?)null)
                    .SetProperty(c => c.UpdatedAt, at),
                ct);
        return changed == 1;
    }
}

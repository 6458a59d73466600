using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Configurations;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Commands;

/// <summary>
/// The outbox on the hub's database. A claim is one conditional UPDATE (queued and due, or sending with an expired
/// lease): exactly one delivery wins it, on every provider, without locks held while the marketplace is called.
/// </summary>
internal sealed class CommandOutbox(IHubDbContextFactory contexts) : ICommandOutbox
{
    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        return await db.Commands.AsNoTracking()
            .Where(c => (c.Status == CommandStatus.Queued && c.NextAttemptAt <= at) || (c.Status == CommandStatus.Sending && c.LeaseUntil < at))
            .OrderBy(c => c.NextAttemptAt)
            .Select(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task<OutboxCommand?> ClaimAsync(Guid commandId, Guid claim, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var until = at + lease;
        await using var db = contexts.CreateDbContext();
        var won = await db.Commands
            .Where(c => c.Id == commandId
                && ((c.Status == CommandStatus.Queued && c.NextAttemptAt <= at) || (c.Status == CommandStatus.Sending && c.LeaseUntil < at)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, CommandStatus.Sending)
                    .SetProperty(c => c.Claim, claim)
                    .SetProperty(c => c.LeaseUntil, until)
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1)
                    .SetProperty(c => c.UpdatedAt, at),
                cancellationToken);
        if (won != 1)
        {
            return null;
        }

        var row = await db.Commands.AsNoTracking().FirstAsync(c => c.Id == commandId, cancellationToken);
        return row.Claim == claim ? new OutboxCommand(row.Id, row.StoreId, row.Kind, row.Payload, row.Attempts) : null;
    }

    public async Task ConfirmAsync(Guid commandId, Guid claim, PushResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var reference = Cut(result.MarketplaceReference, CommandRowConfiguration.MaxReferenceLength);
        var summary = Cut(result.Summary, CommandRowConfiguration.MaxTextLength);
        await using var db = contexts.CreateDbContext();
        await Claimed(db, commandId, claim).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, CommandStatus.Confirmed)
                .SetProperty(c => c.MarketplaceReference, reference)
                .SetProperty(c => c.Result, summary)
                .SetProperty(c => c.Error, (string?)null)
                .SetProperty(c => c.Claim, (Guid?)null)
                .SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(c => c.UpdatedAt, at)
                .SetProperty(c => c.CompletedAt, at),
            cancellationToken);
    }

    public async Task RetryLaterAsync(Guid commandId, Guid claim, string reason, DateTimeOffset nextAttemptAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var next = nextAttemptAt.ToUniversalTime();
        var error = Cut(reason, CommandRowConfiguration.MaxTextLength);
        await using var db = contexts.CreateDbContext();
        await Claimed(db, commandId, claim).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, CommandStatus.Queued)
                .SetProperty(c => c.NextAttemptAt, next)
                .SetProperty(c => c.Error, error)
                .SetProperty(c => c.Claim, (Guid?)null)
                .SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(c => c.UpdatedAt, at),
            cancellationToken);
    }

    public async Task FailAsync(Guid commandId, Guid claim, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var error = Cut(reason, CommandRowConfiguration.MaxTextLength);
        await using var db = contexts.CreateDbContext();
        await Claimed(db, commandId, claim).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, CommandStatus.Failed)
                .SetProperty(c => c.Error, error)
                .SetProperty(c => c.Claim, (Guid?)null)
                .SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(c => c.UpdatedAt, at)
                .SetProperty(c => c.CompletedAt, at),
            cancellationToken);
    }

    /// <summary>The command, only while this claim still holds it (a claim taken over after its lease writes nothing).</summary>
    private static IQueryable<CommandRow> Claimed(HubDbContext db, Guid commandId, Guid claim) =>
        db.Commands.Where(c => c.Id == commandId && c.Status == CommandStatus.Sending && c.Claim == claim);

    private static string? Cut(string? text, int max) => text is null ? null : MarketplaceException.Bound(text, max);
}

using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Commands;

internal sealed class CommandStore(IHubDbContextFactory contexts) : ICommandStore
{
    public async Task<EnqueueResult> EnqueueAsync(NewCommand command, CancellationToken ct)
    {
        var hash = RequestHash(command);
        if (command.IdempotencyKey is not null && await FindByKeyAsync(command.Kind, command.IdempotencyKey, ct) is { } earlier)
        {
            return Answer(earlier, hash);
        }

        var createdAt = command.CreatedAt.ToUniversalTime();
        var row = new CommandRow
        {
            Id = Guid.CreateVersion7(createdAt),
            StoreId = command.StoreId,
            Kind = command.Kind,
            OrderId = command.OrderId,
            IdempotencyKey = command.IdempotencyKey,
            RequestHash = hash,
            Payload = command.Payload,
            Status = CommandStatus.Queued,
            NextAttemptAt = createdAt,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        await using var db = contexts.CreateDbContext();
        db.Commands.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (command.IdempotencyKey is not null)
        {
            // Two requests with one key at the same moment: the unique index let one in; answer with it.
            var winner = await FindByKeyAsync(command.Kind, command.IdempotencyKey, ct);
            if (winner is null)
            {
                throw;
            }

            return Answer(winner, hash);
        }

        return new EnqueueResult(EnqueueOutcome.Created, ToView(row));
    }

    public async Task<CommandView?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Commands.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return row is null ? null : ToView(row);
    }

    internal static CommandView ToView(CommandRow row) => new(
        row.Id,
        row.StoreId,
        row.Kind,
        row.OrderId,
        row.Status,
        row.Attempts,
        row.MarketplaceReference,
        row.Result,
        row.Error,
        row.CreatedAt,
        row.UpdatedAt,
        row.Status is CommandStatus.Queued ? row.NextAttemptAt : null,
        row.CompletedAt);

    private static EnqueueResult Answer(CommandRow earlier, string hash) =>
        new(string.Equals(earlier.RequestHash, hash, StringComparison.Ordinal) ? EnqueueOutcome.Replayed : EnqueueOutcome.KeyReused, ToView(earlier));

    private async Task<CommandRow?> FindByKeyAsync(CommandKind kind, string key, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Commands.AsNoTracking().FirstOrDefaultAsync(c => c.Kind == kind && c.IdempotencyKey == key, ct);
    }

    private static string RequestHash(NewCommand command)
    {
        var text = $"{command.Kind}\n{command.StoreId:N}\n{command.OrderId:N}\n{command.Request}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

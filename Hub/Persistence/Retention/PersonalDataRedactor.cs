using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Persistence.Writes;
using CrossBorderHub.Scheduler.Ports;
using CrossBorderHub.Scheduler.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Persistence.Retention;

/// <summary>
/// Redacts buyers from orders done (shipped, delivered, cancelled) longer ago than their marketplace's retention, counted
/// from the order's last update, the nearest the canonical model has to its ship time. Each redaction takes a new change
/// sequence, so the ERP feed delivers it as a change. The content hash is kept: a re-read of the same order version
/// does not bring the data back; a newer version does, clears redacted_at, and is redacted again when due.
/// </summary>
internal sealed class PersonalDataRedactor(IHubDbContextFactory contexts, SqlDialect dialect, IOptionsMonitor<RetentionOptions> options)
    : IPersonalDataRetention
{
    private static readonly OrderStatus[] Done = [OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Cancelled];

    public async Task<RetentionResult> RedactDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var redacted = 0;
        var deleted = 0;
        foreach (var (marketplace, rule) in settings.Marketplaces)
        {
            if (rule.Days is not { } days)
            {
                continue;
            }

            var cutoff = now.ToUniversalTime().AddDays(-days);
            int read;
            do
            {
                (read, var done) = await RedactBatchAsync(marketplace, cutoff, now.ToUniversalTime(), settings.BatchSize, cancellationToken);
                redacted += done;
            }
            while (read == settings.BatchSize);

            // Quarantined records keep the marketplace's raw payload, buyer included: they go after the same time.
            await using var db = contexts.CreateDbContext();
            deleted += await db.Quarantine
                .Where(q => q.QuarantinedAt < cutoff && db.Stores.Any(s => s.Id == q.StoreId && s.Marketplace == marketplace))
                .ExecuteDeleteAsync(cancellationToken);
        }

        return new RetentionResult(redacted, deleted);
    }

    public static CanonicalOrder Redact(CanonicalOrder order) => order with
    {
        Buyer = null,

        // The country stays: it is not personal on its own, and tax and shipping reports need it.
        ShippingAddress = order.ShippingAddress is { } address ? new Address { CountryCode = address.CountryCode } : null,
    };

    private async Task<(int Read, int Done)> RedactBatchAsync(string marketplace, DateTimeOffset cutoff, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await db.Orders.AsNoTracking()
                .Where(o => o.RedactedAt == null && Done.Contains(o.Status) && o.UpdatedAt < cutoff
                    && db.Stores.Any(s => s.Id == o.StoreId && s.Marketplace == marketplace))
                .OrderBy(o => o.Sequence)
                .Take(batchSize)
                .Select(o => new { o.Id, o.ContentHash, o.UpdatedAt, o.Document })
                .ToListAsync(ct);
            if (due.Count == 0)
            {
                return (0, 0);
            }

            var commands = new BulkCommands(db.Database.GetDbConnection(), transaction.GetDbTransaction(), dialect);
            var first = await commands.ReserveSequencesAsync(ChangeCounters.Orders, due.Count, ct);
            var done = 0;
            for (var i = 0; i < due.Count; i++)
            {
                var order = due[i];
                var document = Redact(order.Document);
                var sequence = first + i;

                // Only the version read: one a sync wrote meanwhile is newer and is left for the next pass.
                done += await db.Orders
                    .Where(o => o.Id == order.Id && o.UpdatedAt == order.UpdatedAt && o.ContentHash == order.ContentHash && o.RedactedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Document, document).SetProperty(o => o.Sequence, sequence).SetProperty(o => o.RedactedAt, now), ct);
            }

            await transaction.CommitAsync(ct);
            return (due.Count, done);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

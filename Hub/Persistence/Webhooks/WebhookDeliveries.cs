using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Persistence.Configurations;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Webhooks;

internal sealed class WebhookDeliveries(IHubDbContextFactory contexts) : IWebhookDeliveries
{
    private const string HashedPrefix = "sha256:";

    public async Task<IReadOnlyList<Guid>> RecordAsync(NewWebhookDelivery delivery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var deliveryId = Key(delivery.DeliveryId);
        var stores = delivery.StoreIds.Distinct().ToList();
        if (deliveryId is not null)
        {
            stores = await NotYetReceivedAsync(delivery.Marketplace, deliveryId, stores, ct);
        }

        if (stores.Count == 0)
        {
            return [];
        }

        var receivedAt = delivery.ReceivedAt.ToUniversalTime();
        var rows = stores.ConvertAll(store => new WebhookDeliveryRow
        {
            Id = Guid.CreateVersion7(receivedAt),
            Marketplace = delivery.Marketplace,
            DeliveryId = deliveryId,
            StoreId = store,
            Topic = Truncate(delivery.Topic, WebhookDeliveryRowConfiguration.MaxTopicLength),
            Pulls = delivery.Pulls,
            ReceivedAt = receivedAt,
        });
        await using var db = contexts.CreateDbContext();
        db.WebhookDeliveries.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (deliveryId is not null)
        {
            // The same delivery arrived twice at the same moment: the unique index let one in, and that one is processed.
            if ((await NotYetReceivedAsync(delivery.Marketplace, deliveryId, stores, ct)).Count > 0)
            {
                throw;
            }

            return [];
        }

        return rows.ConvertAll(r => r.Id);
    }

    public async Task<WebhookDeliveryView?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        return row is null ? null : ToView(row);
    }

    public async Task<IReadOnlyList<WebhookDeliveryView>> ListUnprocessedAsync(int limit, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.WebhookDeliveries.AsNoTracking()
            .Where(w => w.ProcessedAt == null)
            .OrderBy(w => w.ReceivedAt).ThenBy(w => w.Id)
            .Take(limit)
            .ToListAsync(ct);
        return rows.ConvertAll(ToView);
    }

    public async Task<bool> CompleteAsync(Guid id, WebhookOutcome outcome, string? detail, DateTimeOffset processedAt, CancellationToken ct)
    {
        var text = detail is null ? null : Truncate(detail, WebhookDeliveryRowConfiguration.MaxDetailLength);
        var at = processedAt.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        var changed = await db.WebhookDeliveries
            .Where(w => w.Id == id && w.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ProcessedAt, at).SetProperty(w => w.Outcome, outcome).SetProperty(w => w.Detail, text), ct);
        return changed > 0;
    }

    public async Task<IReadOnlyList<WebhookDeliveryView>> ListForStoreAsync(Guid storeId, int limit, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.WebhookDeliveries.AsNoTracking()
            .Where(w => w.StoreId == storeId)
            .OrderByDescending(w => w.ReceivedAt).ThenByDescending(w => w.Id)
            .Take(limit)
            .ToListAsync(ct);
        return rows.ConvertAll(ToView);
    }

    public async Task<int> PruneAsync(DateTimeOffset receivedBefore, CancellationToken ct)
    {
        var before = receivedBefore.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        return await db.WebhookDeliveries.Where(w => w.ReceivedAt < before).ExecuteDeleteAsync(ct);
    }

    private async Task<List<Guid>> NotYetReceivedAsync(string marketplace, string deliveryId, List<Guid> stores, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var received = await db.WebhookDeliveries.AsNoTracking()
            .Where(w => w.Marketplace == marketplace && w.DeliveryId == deliveryId && stores.Contains(w.StoreId))
            .Select(w => w.StoreId)
            .ToListAsync(ct);
        return stores.Except(received).ToList();
    }

    /// <summary>The id as stored: one longer than the column is kept as its hash, which still tells redeliveries apart.</summary>
    private static string? Key(string? deliveryId)
    {
        if (string.IsNullOrEmpty(deliveryId))
        {
            return null;
        }

        return deliveryId.Length <= WebhookDeliveryRowConfiguration.MaxDeliveryIdLength
            ? deliveryId
            : HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryId)));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static WebhookDeliveryView ToView(WebhookDeliveryRow row) => new(
        row.Id, row.Marketplace, row.DeliveryId, row.StoreId, row.Topic, row.Pulls, row.ReceivedAt, row.ProcessedAt, row.Outcome, row.Detail);
}

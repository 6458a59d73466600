namespace CrossBorderHub.Persistence;

/// <summary>
/// Verified pushes between their acknowledgement and their processing: recorded once per (marketplace, delivery id,
/// store), so a redelivery is recognised; left unprocessed by a stop or a crash, they are found again at the next start.
/// </summary>
public interface IWebhookDeliveries
{
    /// <summary>
    /// Records the push for each store that has not had this delivery id yet; the new rows' ids, empty when every store
    /// already had it (a redelivery). A push without a delivery id is always recorded.
    /// </summary>
    Task<IReadOnlyList<Guid>> RecordAsync(NewWebhookDelivery delivery, CancellationToken ct);

    Task<WebhookDeliveryView?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The oldest rows not processed yet.</summary>
    Task<IReadOnlyList<WebhookDeliveryView>> ListUnprocessedAsync(int limit, CancellationToken ct);

    /// <summary>Marks the row processed; false when it was already (another process, or an earlier pass, got to it).</summary>
    Task<bool> CompleteAsync(Guid id, WebhookOutcome outcome, string? detail, DateTimeOffset processedAt, CancellationToken ct);

    /// <summary>The store's rows, newest first.</summary>
    Task<IReadOnlyList<WebhookDeliveryView>> ListForStoreAsync(Guid storeId, int limit, CancellationToken ct);

    /// <summary>Deletes rows received before <paramref name="receivedBefore"/>; how many.</summary>
    Task<int> PruneAsync(DateTimeOffset receivedBefore, CancellationToken ct);
}

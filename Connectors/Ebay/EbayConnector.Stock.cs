using CrossBorderHub.Connectors.Ebay.Wire;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    /// <summary>
    /// Sets each SKU's ship-to-home quantity with bulkUpdatePriceQuantity, 25 SKUs a call. The quantities are absolute, so
    /// a call repeated after a lost answer changes nothing more: the pipeline retries it like a read, and the outbox
    /// retries the whole command while any SKU failed for now (5xx or 429 in its response). eBay answers each SKU on its
    /// own: when some are set and others refused, the result says which were refused and why; when none is set the
    /// command fails with eBay's reasons. Offers keep their own availableQuantity; eBay lists the smaller of the two.
    /// </summary>
    public async Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var store = EbayStoreAccount.Context(account);
        if (updates.FirstOrDefault(u => u.LocationId is not (null or EbayConstants.ShipToLocation)) is { } elsewhere)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                Marketplace,
                "LOCATION",
                $"eBay keeps one ship-to-home quantity per SKU: location '{MarketplaceException.Bound(elsewhere.LocationId, 60)}' of SKU '{MarketplaceException.Bound(elsewhere.Sku, 60)}' is not '{EbayConstants.ShipToLocation}' (or none).");
        }

        // The last update of a SKU wins, as it would had they been sent one after another.
        var latest = updates.GroupBy(u => u.Sku, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var outcomes = new List<EbayStockOutcome>(latest.Count);
        foreach (var batch in latest.Chunk(EbayConstants.MaxPriceQuantityRequests))
        {
            var body = new EbayBulkPriceQuantity([.. batch.Select(u => new EbayPriceQuantity(u.Sku, new EbayShipToLocationAvailability(u.Available)))]);
            using var response = await SendAsync(() => inventory.BulkUpdatePriceQuantityAsync(body, store, cancellationToken), store, cancellationToken);
            if (response.Content?.Responses is not { } answers)
            {
                throw _failures.Malformed(store.ApiBase.Host, $"bulkUpdatePriceQuantity answered without responses ({ReasonOf(response.Error)}).");
            }

            var bySku = answers.Where(a => a.Sku is not null).GroupBy(a => a.Sku!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            outcomes.AddRange(batch.Select(u => EbayStockOutcome.From(u.Sku, bySku.GetValueOrDefault(u.Sku))));
        }

        return StockResult(outcomes, commandId, store.ToString());
    }

    private PushResult StockResult(List<EbayStockOutcome> outcomes, Guid commandId, string store)
    {
        var set = outcomes.Count(o => o.IsSet);
        var transient = outcomes.Where(o => !o.IsSet && o.IsTransient).ToList();
        var refused = outcomes.Where(o => !o.IsSet && !o.IsTransient).ToList();
        foreach (var failure in transient.Concat(refused))
        {
            EbayLog.StockNotSet(logger, failure.Sku, commandId, store, failure.ToString());
        }

        if (transient.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Unavailable,
                Marketplace,
                transient[0].ErrorId,
                $"eBay could not set {transient.Count} of {outcomes.Count} SKU(s) for now: {string.Join("; ", transient)}{Refusals(refused)}");
        }

        if (set == 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                Marketplace,
                refused[0].ErrorId,
                $"eBay refused all {outcomes.Count} SKU(s): {string.Join("; ", refused)}");
        }

        var summary = refused.Count == 0
            ? $"eBay set the ship-to-home quantity of all {set} SKU(s)."
            : $"PARTIAL: eBay set {set} of {outcomes.Count} SKU(s) and refused {refused.Count}: {string.Join("; ", refused)}";
        return new PushResult($"bulkUpdatePriceQuantity: {set} of {outcomes.Count} SKU(s) set", summary);
    }

    private static string Refusals(List<EbayStockOutcome> refused) =>
        refused.Count == 0 ? "" : $". Refused {refused.Count}: {string.Join("; ", refused)}";
}

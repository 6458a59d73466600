using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    /// <summary>
    /// createShippingFulfillment for the shipment's lines. eBay takes no idempotency key, so the order's fulfilments
    /// are read first: one with the same tracking number and carrier means an earlier attempt whose answer was lost
    /// already created it, and its id is returned instead of creating a second. The create itself is not retried by
    /// the pipeline after a timeout or 5xx; the outbox retries the command, which reads again first.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var store = EbayStoreAccount.Context(account);
        if (shipment.Lines.Count == 0)
        {
            throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, null, $"The shipment for order {shipment.MarketplaceOrderId} has no lines.");
        }

        if (await ExistingFulfillmentAsync(store, shipment, cancellationToken) is { } existing)
        {
            return Confirmed(existing, shipment, store);
        }

        var details = new EbayShippingFulfillmentDetails(
            [.. shipment.Lines.Select(l => new EbayLineItemReference(l.MarketplaceLineId, l.Quantity))],
            Stamp(shipment.ShippedAt),
            shipment.Carrier,
            shipment.TrackingNumber);
        using var response = await SendAsync(
            () => api.CreateShippingFulfillmentAsync(shipment.MarketplaceOrderId, details, store, true, cancellationToken), store, cancellationToken);

        // eBay answers 201 with the new fulfilment's URI; anything else cannot say what was created.
        if (response.StatusCode != System.Net.HttpStatusCode.Created || response.Headers?.Location is not { } location)
        {
            throw _failures.Malformed(store.ApiBase.Host, $"createShippingFulfillment answered HTTP {(int?)response.StatusCode} without the Location of a new fulfilment.");
        }

        return Confirmed(location.OriginalString.TrimEnd('/').Split('/')[^1], shipment, store);
    }

    private async Task<string?> ExistingFulfillmentAsync(EbayRequestContext store, Shipment shipment, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => api.GetShippingFulfillmentsAsync(shipment.MarketplaceOrderId, store, cancellationToken), store, cancellationToken);
        if (response.Content is not { } page)
        {
            throw _failures.Malformed(store.ApiBase.Host, $"the order's fulfilments could not be read ({ReasonOf(response.Error)}).");
        }

        return page.Fulfillments?
            .FirstOrDefault(f => f.ShipmentTrackingNumber == shipment.TrackingNumber
                && string.Equals(f.ShippingCarrierCode, shipment.Carrier, StringComparison.OrdinalIgnoreCase))?
            .FulfillmentId;
    }

    private PushResult Confirmed(string fulfillmentId, Shipment shipment, EbayRequestContext store)
    {
        EbayLog.ShipmentCreated(logger, fulfillmentId, shipment.MarketplaceOrderId, store.ToString());
        return new PushResult(
            fulfillmentId,
            MarketplaceException.Bound($"eBay shipping fulfilment {fulfillmentId}: {shipment.Carrier} {shipment.TrackingNumber}, {shipment.Lines.Count} line(s)", 200));
    }
}

using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    /// <summary>
    /// createShippingFulfillment for the shipment's lines. eBay takes no idempotency key, so the pipeline does not
    /// retry it after a timeout or 5xx; the outbox retries the command later. The new fulfillment's id is the last
    /// segment of the Location header.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var store = EbayStoreAccount.Context(account);
        if (shipment.Lines.Count == 0)
        {
            throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, null, $"The shipment for order {shipment.MarketplaceOrderId} has no lines.");
        }

        var details = new EbayShippingFulfillmentDetails(
            [.. shipment.Lines.Select(l => new EbayLineItemReference(l.MarketplaceLineId, l.Quantity))],
            Stamp(shipment.ShippedAt),
            shipment.Carrier,
            shipment.TrackingNumber);
        using var response = await SendAsync(
            () => api.CreateShippingFulfillmentAsync(shipment.MarketplaceOrderId, details, store, true, cancellationToken), store, cancellationToken);
        var fulfillmentId = response.Headers?.Location is { } location
            ? location.OriginalString.TrimEnd('/').Split('/')[^1]
            : null;
        EbayLog.ShipmentCreated(logger, fulfillmentId, shipment.MarketplaceOrderId, store.ToString());
        return new PushResult(
            fulfillmentId,
            MarketplaceException.Bound($"eBay shipping fulfilment {fulfillmentId ?? "(no id)"}: {shipment.Carrier} {shipment.TrackingNumber}, {shipment.Lines.Count} line(s)", 200));
    }
}

using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector
{
    /// <summary>
    /// Arranges shipment for a whole order: get_tracking_number first (a ship_order whose answer was lost has already
    /// taken effect, and its tracking number shows it), then get_shipping_parameter for the mode the channel takes, then
    /// ship_order with exactly that object. Shopee ships whole orders (or packages), not lines.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var session = ShopeeSession.Open(account);
        var orderSn = shipment.MarketplaceOrderId;
        var tracking = await CallAsync<ShopeeTrackingNumberResponse>(
            session, ShopeeConstants.Paths.TrackingNumber, store => api.GetTrackingNumberAsync(orderSn, store, cancellationToken), cancellationToken);
        if (string.Equals(tracking.TrackingNumber, shipment.TrackingNumber, StringComparison.Ordinal))
        {
            return new PushResult(tracking.TrackingNumber, $"Order {orderSn} already ships with tracking number {tracking.TrackingNumber}.");
        }

        var parameters = await CallAsync<ShopeeShippingParameterResponse>(
            session, ShopeeConstants.Paths.ShippingParameter, store => api.GetShippingParameterAsync(orderSn, store, cancellationToken), cancellationToken);
        var request = ShipOrderRequest(orderSn, shipment, parameters);
        await CallAsync<ShopeeNoResponse>(
            session,
            ShopeeConstants.Paths.ShipOrder,
            store => api.ShipOrderAsync(request, store, true, cancellationToken),
            cancellationToken,
            responseRequired: false);
        var mode = request.NonIntegrated is not null ? "non-integrated" : request.Pickup is not null ? "pickup" : "dropoff";
        return new PushResult(shipment.TrackingNumber, $"Order {orderSn} arranged for {mode} shipment, tracking {shipment.Carrier} {shipment.TrackingNumber}.");
    }

    /// <summary>
    /// The ship_order body with one of the modes info_needed offers (a key present, even with no fields, is a mode the channel
    /// takes): non-integrated with the seller's tracking number first, then pickup from the shop's pickup address, then dropoff.
    /// </summary>
    internal static ShopeeShipOrderRequest ShipOrderRequest(string orderSn, Shipment shipment, ShopeeShippingParameterResponse parameters)
    {
        var needed = parameters.InfoNeeded
            ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, ShopeeConstants.Marketplace, null, $"get_shipping_parameter for order {orderSn} has no info_needed.");
        if (needed.NonIntegrated is { } nonIntegrated)
        {
            return new ShopeeShipOrderRequest
            {
                OrderSn = orderSn,
                NonIntegrated = new ShopeeShipNonIntegrated { TrackingNumber = nonIntegrated.Contains("tracking_number") ? shipment.TrackingNumber : null },
            };
        }

        if (needed.Pickup is { } pickup)
        {
            var address = parameters.Pickup?.AddressList?.FirstOrDefault(a => a.AddressFlag?.Contains("pickup_address") == true)
                ?? (parameters.Pickup?.AddressList is { Count: > 0 } addresses ? addresses[0] : null);
            return new ShopeeShipOrderRequest
            {
                OrderSn = orderSn,
                Pickup = new ShopeeShipPickup
                {
                    AddressId = pickup.Contains("address_id") ? address?.AddressId : null,
                    PickupTimeId = pickup.Contains("pickup_time_id") && address?.TimeSlotList is { Count: > 0 } slots ? slots[0].PickupTimeId : null,
                    TrackingNumber = pickup.Contains("tracking_number") ? shipment.TrackingNumber : null,
                },
            };
        }

        if (needed.Dropoff is { } dropoff)
        {
            return new ShopeeShipOrderRequest
            {
                OrderSn = orderSn,
                Dropoff = new ShopeeShipDropoff { TrackingNumber = dropoff.Contains("tracking_number") ? shipment.TrackingNumber : null },
            };
        }

        throw new MarketplaceException(
            MarketplaceFailureKind.Rejected, ShopeeConstants.Marketplace, null, $"Shopee offers no way to ship order {orderSn} now (it may be shipped, cancelled or not yet paid).");
    }
}

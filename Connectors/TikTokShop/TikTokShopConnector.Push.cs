using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector
{
    /// <summary>
    /// Ships the package that holds the shipment's lines with the seller's tracking number and shipping provider. The
    /// order is read first: when an earlier attempt shipped it and lost the answer (a timeout, a cut body), the package
    /// already carries this tracking number and is returned instead of shipping it twice.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var session = TikTokShopSession.Open(account);
        var detail = await CallAsync(session, (store, ct) => api.GetOrdersAsync(shipment.MarketplaceOrderId, store, ct), cancellationToken);
        var order = detail.Orders?.FirstOrDefault(o => o.Id == shipment.MarketplaceOrderId)
            ?? throw Rejected(null, $"TikTok Shop has no order {shipment.MarketplaceOrderId}.");
        var units = PackageUnits(order, shipment);
        var packageId = units[0].PackageId!;
        if (units.All(u => u.TrackingNumber == shipment.TrackingNumber))
        {
            return new PushResult(packageId, $"Package {packageId} already ships with tracking number {shipment.TrackingNumber}.");
        }

        var request = new TikTokShipPackageRequest(null, new TikTokSelfShipment(shipment.TrackingNumber, ShippingProviderId(shipment.Carrier)));
        await CallAsync(session, (store, ct) => api.ShipPackageAsync(packageId, request, store, true, ct), cancellationToken);
        TikTokShopLog.PackageShipped(logger, packageId, shipment.MarketplaceOrderId, shipment.TrackingNumber);
        return new PushResult(packageId, $"Package {packageId} shipped with {shipment.Carrier} tracking number {shipment.TrackingNumber}.");
    }

    /// <summary>The unit line items the shipment names; TikTok ships whole packages, so they must all be in one.</summary>
    private List<TikTokLineItem> PackageUnits(TikTokOrder order, Shipment shipment)
    {
        var named = shipment.Lines
            .SelectMany(l => l.MarketplaceLineId.Split(TikTokLineFolding.IdSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var units = (order.LineItems ?? []).Where(i => i.Id is not null && named.Contains(i.Id)).ToList();
        if (units.Count == 0)
        {
            throw Rejected(null, $"Order {order.Id} has none of the shipment's line items.");
        }

        var packages = units.Select(u => u.PackageId).Distinct(StringComparer.Ordinal).ToList();
        return packages is [{ Length: > 0 }]
            ? units
            : throw Rejected(null, $"The shipment's line items of order {order.Id} are in {packages.Count} TikTok packages; a shipment ships one package.");
    }

    private string ShippingProviderId(string carrier)
    {
        if (carrier.Length > 0 && carrier.All(char.IsAsciiDigit))
        {
            return carrier;
        }

        return _options.ShippingProviders.FirstOrDefault(p => string.Equals(p.Key, carrier, StringComparison.OrdinalIgnoreCase)).Value
            ?? throw Rejected(null, $"No TikTok Shop shipping provider id is configured for carrier '{MarketplaceException.Bound(carrier, 100)}' (Connectors:TikTokShop:ShippingProviders).");
    }

    private MarketplaceException Rejected(string? code, string message) => new(MarketplaceFailureKind.Rejected, Marketplace, code, message);
}

using System.Net;
using System.Runtime.ExceptionServices;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Mapping.Canonical;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    /// <summary>Amazon's carrier code for a carrier not on its list; the carrier's own name then goes in carrierName.</summary>
    private const string OtherCarrier = "Other";

    private static readonly string[] PackagesData = ["PACKAGES"];

    private static readonly HashSet<string> KnownCarrierCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "USPS", "UPS", "FedEx", "DHL", "Amazon Shipping", "OnTrac", "Royal Mail", "Deutsche Post", "Yamato Transport", "Japan Post",
    };

    /// <summary>
    /// Confirms one package with confirmShipment. Its packageReferenceId follows from the command id, so a retry after a
    /// lost answer names the same package and Amazon's error envelope, when it refuses, becomes the stored reason.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var store = AmazonStoreAccount.Context(account, AmazonConstants.Operations.ConfirmShipment);
        var settings = account.SettingsAs<AmazonSettings>();
        var reference = PackageReference(commandId);
        var known = KnownCarrierCodes.FirstOrDefault(c => string.Equals(c, shipment.Carrier, StringComparison.OrdinalIgnoreCase));
        var request = new ConfirmShipmentRequest(
            settings.MarketplaceIds[0],
            new ConfirmShipmentPackageDetail
            {
                PackageReferenceId = reference,
                CarrierCode = known ?? OtherCarrier,
                CarrierName = known is null ? shipment.Carrier : null,
                ShippingMethod = shipment.Service,
                TrackingNumber = shipment.TrackingNumber,
                ShipDate = shipment.ShippedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                OrderItems = [.. shipment.Lines.Select(l => new ConfirmShipmentOrderItem(l.MarketplaceLineId, l.Quantity))],
            });

        // An earlier attempt may have been applied and its answer lost: the package is then on the order already.
        var read = store.For(AmazonConstants.Operations.GetOrder);
        var current = (await SendAsync(() => api.GetOrderAsync(shipment.MarketplaceOrderId, PackagesData, read, cancellationToken), read, cancellationToken)).Order
            ?? throw _failures.Malformed(store.BaseUrl.Host, "getOrder answered without the order.");
        if (current.Packages?.Any(p => p.PackageReferenceId == reference) == true)
        {
            return new PushResult(reference, $"Package {reference} was already confirmed shipped with {shipment.Carrier} {shipment.TrackingNumber}.");
        }

        var host = store.BaseUrl.Host;
        IApiResponse response;
        try
        {
            response = await api.ConfirmShipmentAsync(shipment.MarketplaceOrderId, request, store, true, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e) || e is MarketplaceException)
        {
            throw _failures.FromException(host, e);
        }

        using (response)
        {
            if (response.Error is ApiRequestException { InnerException: { } cause })
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException)
                {
                    throw _failures.FromException(host, cause);
                }

                ExceptionDispatchInfo.Throw(cause);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw _failures.FromStatus(host, response.StatusCode ?? default, AmazonErrorEnvelope.Parse((response.Error as ApiException)?.Content), response.Headers?.Location);
            }

            // Only 204 is documented; another 2xx (a proxy's page) does not say the confirmation was taken.
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw _failures.Malformed(host, $"confirmShipment answered HTTP {(int)(response.StatusCode ?? default)} instead of 204.");
            }
        }

        return new PushResult(reference, $"Package {reference} confirmed shipped with {shipment.Carrier} {shipment.TrackingNumber}.");
    }

    /// <summary>A positive number of at most 15 digits from the command id: the same on every retry of one command.</summary>
    internal static string PackageReference(Guid commandId)
    {
        var value = BitConverter.ToUInt64(commandId.ToByteArray(), 0) % 999_999_999_999_999UL;
        return (value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

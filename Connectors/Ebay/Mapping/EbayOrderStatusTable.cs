using CrossBorderHub.Mapping.Canonical;
using Can = CrossBorderHub.Connectors.Ebay.Mapping.EbayEnums.Cancel;
using Ful = CrossBorderHub.Connectors.Ebay.Mapping.EbayEnums.Fulfillment;
using Pay = CrossBorderHub.Connectors.Ebay.Mapping.EbayEnums.Payment;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>
/// eBay has no single order status: orderFulfillmentStatus × orderPaymentStatus × cancelStatus.cancelState combine
/// into the canonical status and flags. A value not listed here becomes Unknown and is reported, never guessed.
/// </summary>
internal static class EbayOrderStatusTable
{
    public const string FulfillmentField = "orderFulfillmentStatus";
    public const string PaymentField = "orderPaymentStatus";
    public const string CancelField = "cancelStatus.cancelState";

    public static EbayOrderStatus Resolve(string? fulfillment, string? payment, string? cancelState)
    {
        var unknown = new List<(string, string)>();
        var knownPayment = payment is Pay.Failed or Pay.FullyRefunded or Pay.Paid or Pay.PartiallyRefunded or Pay.Pending;
        if (!knownPayment)
        {
            unknown.Add((PaymentField, payment ?? "(null)"));
        }

        // An absent cancelStatus means nothing was requested.
        var knownCancel = cancelState is null or Can.Canceled or Can.InProgress or Can.NoneRequested;
        if (!knownCancel)
        {
            unknown.Add((CancelField, cancelState!));
        }

        var flags = payment switch
        {
            Pay.FullyRefunded => OrderFlags.Refunded,
            Pay.PartiallyRefunded => OrderFlags.PartiallyRefunded,

            // A failed payment, or a cancellation the buyer asked for and the seller has not answered: do not ship yet.
            Pay.Failed => OrderFlags.OnHold,
            _ => OrderFlags.None,
        };
        if (cancelState == Can.InProgress)
        {
            flags |= OrderFlags.OnHold;
        }

        var status = fulfillment switch
        {
            Ful.Fulfilled => OrderStatus.Shipped,
            Ful.InProgress => OrderStatus.PartiallyShipped,
            Ful.NotStarted => Unshipped(payment),
            _ => (OrderStatus?)null,
        };
        if (status is null)
        {
            unknown.Add((FulfillmentField, fulfillment ?? "(null)"));
        }

        // A cancelled order keeps its last fulfilment and payment words; cancellation wins.
        var final = cancelState == Can.Canceled ? OrderStatus.Cancelled : status ?? OrderStatus.Unknown;
        return new EbayOrderStatus(final, flags, unknown);
    }

    private static OrderStatus Unshipped(string? payment) => payment switch
    {
        // Paid, or partly refunded with the rest kept: the remaining items may ship.
        Pay.Paid or Pay.PartiallyRefunded => OrderStatus.ReadyToShip,

        // No money secured yet (or the payment failed and the buyer may pay again).
        Pay.Pending or Pay.Failed => OrderStatus.Pending,

        // All money returned before anything shipped: nothing is left to send.
        Pay.FullyRefunded => OrderStatus.Cancelled,
        _ => OrderStatus.Unknown,
    };
}

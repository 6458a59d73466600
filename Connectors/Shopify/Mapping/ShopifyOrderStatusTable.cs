using CrossBorderHub.Mapping.Canonical;
using Fin = CrossBorderHub.Connectors.Shopify.Mapping.ShopifyEnums.Financial;
using Ful = CrossBorderHub.Connectors.Shopify.Mapping.ShopifyEnums.Fulfillment;
using Ret = CrossBorderHub.Connectors.Shopify.Mapping.ShopifyEnums.Return;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>
/// Shopify's displayFinancialStatus × displayFulfillmentStatus (+ cancelledAt, returnStatus) to the canonical
/// status and flags. A value not listed here becomes Unknown and is reported, never guessed.
/// </summary>
internal static class ShopifyOrderStatusTable
{
    public const string FinancialField = "displayFinancialStatus";
    public const string FulfillmentField = "displayFulfillmentStatus";
    public const string ReturnField = "returnStatus";

    private enum Payment
    {
        Unknown,
        Settled,
        Awaiting,
        Withdrawn,
    }

    public static OrderStatusResult Resolve(string? financial, string? fulfillment, DateTimeOffset? cancelledAt, string? returnStatus)
    {
        var unknown = new List<(string, string)>();
        var payment = PaymentOf(financial);
        if (payment == Payment.Unknown)
        {
            unknown.Add((FinancialField, financial ?? "(null)"));
        }

        var flags = RefundFlags(financial) | ReturnFlags(returnStatus, unknown);
        if (fulfillment == Ful.OnHold)
        {
            flags |= OrderFlags.OnHold;
        }

        var status = StatusOf(fulfillment, payment);
        if (status is null)
        {
            unknown.Add((FulfillmentField, fulfillment ?? "(null)"));
        }

        // Cancellation wins over every other column: Shopify keeps the last financial/fulfilment words on a cancelled order.
        var final = cancelledAt is not null ? OrderStatus.Cancelled : status ?? OrderStatus.Unknown;
        return new OrderStatusResult(final, flags, unknown);
    }

    private static OrderStatus? StatusOf(string? fulfillment, Payment payment) => fulfillment switch
    {
        Ful.Fulfilled => OrderStatus.Shipped,
        Ful.PartiallyFulfilled => OrderStatus.PartiallyShipped,

        // Nothing to ship (digital goods, services): done once paid.
        Ful.FulfillmentNotRequired => Unshipped(payment) is OrderStatus.ReadyToShip ? OrderStatus.Delivered : Unshipped(payment),

        // Nothing shipped yet: ready when payment is settled, waiting while it is not.
        Ful.Unfulfilled or Ful.Open or Ful.OnHold or Ful.Scheduled or Ful.InProgress or Ful.PendingFulfillment
            or Ful.RequestDeclined or Ful.Restocked => Unshipped(payment),
        _ => null,
    };

    private static OrderStatus Unshipped(Payment payment) => payment switch
    {
        Payment.Settled => OrderStatus.ReadyToShip,
        Payment.Awaiting => OrderStatus.Pending,

        // Fully refunded or voided before anything shipped: there is nothing left to send.
        Payment.Withdrawn => OrderStatus.Cancelled,
        _ => OrderStatus.Unknown,
    };

    private static Payment PaymentOf(string? financial) => financial switch
    {
        // Captured or authorized (capture is the merchant's step at shipping): safe to ship.
        Fin.Paid or Fin.Authorized => Payment.Settled,

        // Part of the money went back; what was kept is paid, so the remaining items may ship.
        Fin.PartiallyRefunded => Payment.Settled,

        // Pending or expired authorization: no money secured yet.
        Fin.Pending or Fin.Expired => Payment.Awaiting,

        // A captured part payment leaves a balance outstanding; hold until it is paid.
        Fin.PartiallyPaid => Payment.Awaiting,
        Fin.Refunded or Fin.Voided => Payment.Withdrawn,
        _ => Payment.Unknown,
    };

    private static OrderFlags RefundFlags(string? financial) => financial switch
    {
        Fin.Refunded => OrderFlags.Refunded,
        Fin.PartiallyRefunded => OrderFlags.PartiallyRefunded,
        _ => OrderFlags.None,
    };

    private static OrderFlags ReturnFlags(string? returnStatus, List<(string, string)> unknown)
    {
        switch (returnStatus)
        {
            case null or Ret.NoReturn:
                return OrderFlags.None;

            // Requested or on its way back: not yet received.
            case Ret.ReturnRequested or Ret.InProgress:
                return OrderFlags.ReturnRequested;

            // Received (and, for INSPECTION_COMPLETE, inspected).
            case Ret.Returned or Ret.InspectionComplete:
                return OrderFlags.Returned;

            // The return did not complete: nothing came back.
            case Ret.ReturnFailed:
                return OrderFlags.None;
            default:
                unknown.Add((ReturnField, returnStatus));
                return OrderFlags.None;
        }
    }
}

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>eBay's documented enum values the status table reads (Fulfillment API OrderFulfillmentStatus, OrderPaymentStatusEnum, CancelStateEnum).</summary>
internal static class EbayEnums
{
    public static class Fulfillment
    {
        public const string NotStarted = "NOT_STARTED";
        public const string InProgress = "IN_PROGRESS";
        public const string Fulfilled = "FULFILLED";
    }

    public static class Payment
    {
        public const string Failed = "FAILED";
        public const string FullyRefunded = "FULLY_REFUNDED";
        public const string Paid = "PAID";
        public const string PartiallyRefunded = "PARTIALLY_REFUNDED";
        public const string Pending = "PENDING";
    }

    public static class Cancel
    {
        public const string Canceled = "CANCELED";
        public const string InProgress = "IN_PROGRESS";
        public const string NoneRequested = "NONE_REQUESTED";
    }

    public const string FulfilledByEbay = "FULFILLED_BY_EBAY";
}

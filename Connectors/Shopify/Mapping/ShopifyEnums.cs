namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>Enum values of the pinned Admin API version, as Shopify spells them.</summary>
internal static class ShopifyEnums
{
    public static class Financial
    {
        public const string Authorized = "AUTHORIZED";
        public const string Expired = "EXPIRED";
        public const string Paid = "PAID";
        public const string PartiallyPaid = "PARTIALLY_PAID";
        public const string PartiallyRefunded = "PARTIALLY_REFUNDED";
        public const string Pending = "PENDING";
        public const string Refunded = "REFUNDED";
        public const string Voided = "VOIDED";

        public static readonly IReadOnlyList<string> All =
            [Authorized, Expired, Paid, PartiallyPaid, PartiallyRefunded, Pending, Refunded, Voided];
    }

    public static class Fulfillment
    {
        public const string Fulfilled = "FULFILLED";
        public const string FulfillmentNotRequired = "FULFILLMENT_NOT_REQUIRED";
        public const string InProgress = "IN_PROGRESS";
        public const string OnHold = "ON_HOLD";
        public const string Open = "OPEN";
        public const string PartiallyFulfilled = "PARTIALLY_FULFILLED";
        public const string PendingFulfillment = "PENDING_FULFILLMENT";
        public const string RequestDeclined = "REQUEST_DECLINED";
        public const string Restocked = "RESTOCKED";
        public const string Scheduled = "SCHEDULED";
        public const string Unfulfilled = "UNFULFILLED";

        public static readonly IReadOnlyList<string> All =
            [Fulfilled, FulfillmentNotRequired, InProgress, OnHold, Open, PartiallyFulfilled, PendingFulfillment, RequestDeclined, Restocked, Scheduled, Unfulfilled];
    }

    public static class Return
    {
        public const string InProgress = "IN_PROGRESS";
        public const string InspectionComplete = "INSPECTION_COMPLETE";
        public const string NoReturn = "NO_RETURN";
        public const string ReturnFailed = "RETURN_FAILED";
        public const string ReturnRequested = "RETURN_REQUESTED";
        public const string Returned = "RETURNED";

        public static readonly IReadOnlyList<string> All =
            [InProgress, InspectionComplete, NoReturn, ReturnFailed, ReturnRequested, Returned];
    }

    public static class Product
    {
        public const string Active = "ACTIVE";
        public const string Archived = "ARCHIVED";
        public const string Draft = "DRAFT";
        public const string Unlisted = "UNLISTED";

        public static readonly IReadOnlyList<string> All = [Active, Archived, Draft, Unlisted];
    }

    public static class Weight
    {
        public const string Grams = "GRAMS";
        public const string Kilograms = "KILOGRAMS";
        public const string Ounces = "OUNCES";
        public const string Pounds = "POUNDS";

        public static readonly IReadOnlyList<string> All = [Grams, Kilograms, Ounces, Pounds];
    }
}

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>Shopify's bulk operation names as the pinned version spells them, and the download client's name.</summary>
internal static class ShopifyBulkNames
{
    /// <summary>The HTTP client that downloads results: no token, no cost bucket, no redirects.</summary>
    public const string DownloadClientName = "shopify-bulk-download";

    /// <summary>The JSONL field naming a child line's parent.</summary>
    public const string ParentIdField = "__parentId";

    /// <summary>BulkOperationStatus.</summary>
    public static class Status
    {
        public const string Created = "CREATED";
        public const string Running = "RUNNING";
        public const string Completed = "COMPLETED";
        public const string Failed = "FAILED";
        public const string Canceling = "CANCELING";
        public const string Canceled = "CANCELED";
        public const string Expired = "EXPIRED";
    }

    /// <summary>BulkOperationErrorCode: why an operation FAILED.</summary>
    public static class ErrorCode
    {
        public const string AccessDenied = "ACCESS_DENIED";
        public const string InternalServerError = "INTERNAL_SERVER_ERROR";
        public const string Timeout = "TIMEOUT";
    }

    /// <summary>BulkOperationUserErrorCode: why bulkOperationRunQuery did not start one.</summary>
    public static class UserErrorCode
    {
        public const string Invalid = "INVALID";
        public const string LimitReached = "LIMIT_REACHED";
        public const string OperationInProgress = "OPERATION_IN_PROGRESS";
    }
}

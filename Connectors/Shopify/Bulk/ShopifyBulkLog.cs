using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

internal static partial class ShopifyBulkLog
{
    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Shopify bulk operation {OperationId} started for the {Entity} backfill")]
    public static partial void Started(ILogger logger, string operationId, string entity);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Debug, Message = "Shopify bulk operation {OperationId} is {Status} ({ObjectCount} objects so far)")]
    public static partial void Polled(ILogger logger, string operationId, string? status, string? objectCount);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "Shopify bulk operation {OperationId} completed: {ObjectCount} objects, {FileSize} bytes; streaming from record {Position}")]
    public static partial void Completed(ILogger logger, string operationId, string? objectCount, string? fileSize, long position);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Warning, Message = "Shopify bulk operation {OperationId} ended {Status}; the next run starts a new one")]
    public static partial void Abandoned(ILogger logger, string operationId, string status);
}

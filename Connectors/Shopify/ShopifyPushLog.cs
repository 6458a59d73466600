using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Shopify;

internal static partial class ShopifyPushLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Shipment command {CommandId}: order {OrderId} already has fulfillment {FulfillmentId} with this tracking number; not creating another")]
    public static partial void ShipmentAlreadyFulfilled(ILogger logger, Guid commandId, string? fulfillmentId, string orderId);
}

using System.Text.Json;
using WireMock;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public sealed partial class AmazonSandbox
{
    /// <summary>confirmShipment: 204 and the order SHIPPED; the documented 400 for a bad body or an order that cannot take it.</summary>
    private (int Status, byte[] Body) ConfirmShipment(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var orderId = segments.Length == 5 ? segments[3] : string.Empty;
        if (Data.IndexOf(orderId) is not { } index || Data.Arrivals.CreatedAt(index) > _options.TimeProvider.GetUtcNow())
        {
            return (404, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "NotFound", message = $"Order {orderId} was not found.", details = "" } } }));
        }

        JsonElement package;
        try
        {
            using var document = JsonDocument.Parse(request.Body ?? string.Empty);
            package = document.RootElement.GetProperty("packageDetail").Clone();
            if (document.RootElement.GetProperty("marketplaceId").GetString() != _options.MarketplaceId)
            {
                return InvalidInput("marketplaceId is not the order's marketplace.");
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return InvalidInput("The request body is not a ConfirmShipmentRequest.");
        }

        var reference = Text(package, "packageReferenceId");
        var carrier = Text(package, "carrierCode");
        var tracking = Text(package, "trackingNumber");
        var shipDate = Text(package, "shipDate");
        if (reference is null || carrier is null || tracking is null || !DateTimeOffset.TryParse(shipDate, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return InvalidInput("packageReferenceId, carrierCode, trackingNumber and an ISO 8601 shipDate are required.");
        }

        if (Data.StatusOf(index) is "CANCELLED")
        {
            return InvalidInput($"Order {orderId} cannot be confirmed as shipped in its status {Data.StatusOf(index)}.");
        }

        // The package reference names the parcel: the same one confirmed again is the same shipment, not a second.
        if (Data.Shipments.Any(s => s.OrderId == orderId && s.PackageReferenceId == reference))
        {
            return (204, []);
        }

        Data.Ship(index, new AmazonSandboxShipment(index, orderId, reference, carrier, tracking), _options.TimeProvider.GetUtcNow());
        return (204, []);
    }

    /// <summary>getOrder: the order with its packages, or the documented 404.</summary>
    private (int Status, byte[] Body) GetOrder(IRequestMessage request)
    {
        var orderId = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        if (Data.IndexOf(orderId) is not { } index || Data.Arrivals.CreatedAt(index) > _options.TimeProvider.GetUtcNow())
        {
            return (404, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "NotFound", message = $"Order {orderId} was not found.", details = "" } } }));
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("order");
            Data.WriteOrder(w, index);
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

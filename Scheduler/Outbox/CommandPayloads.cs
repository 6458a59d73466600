using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Outbox;

/// <summary>The stored form of each command's payload: the canonical shipment, or the stock updates, as JSON.</summary>
public static class CommandPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Shipment(Shipment shipment) => JsonSerializer.Serialize(shipment, Json);

    public static string Stock(IReadOnlyList<StockUpdate> updates) => JsonSerializer.Serialize(updates, Json);

    public static Shipment ReadShipment(string payload) =>
        JsonSerializer.Deserialize<Shipment>(payload, Json) ?? throw new JsonException("The stored shipment is empty.");

    public static IReadOnlyList<StockUpdate> ReadStock(string payload) =>
        JsonSerializer.Deserialize<List<StockUpdate>>(payload, Json) ?? throw new JsonException("The stored stock updates are empty.");
}

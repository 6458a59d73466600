using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Json;

/// <summary>The one serializer for documents stored in JSON columns; enums as names so rows stay readable.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(MoneyJsonConverter)])]
[JsonSerializable(typeof(CanonicalOrder))]
[JsonSerializable(typeof(CanonicalProduct))]
[JsonSerializable(typeof(InventoryLevel))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class HubJsonContext : JsonSerializerContext;

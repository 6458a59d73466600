using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CrossBorderHub.Connectors;

/// <summary>How store settings and credentials are read into their records: camelCase names, unknown names refused.</summary>
public static class StoreAccountJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>An empty JSON object, for a store without settings.</summary>
    public static JsonElement EmptyObject { get; } = JsonSerializer.SerializeToElement(new Dictionary<string, string>());

    public static JsonElement ToElement(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.SerializeToElement(values, Options);
}

using CrossBorderHub.Mapping.Canonical;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrossBorderHub.Persistence.Json;

/// <summary>EF value converters for JSON columns, using the same serializer as the bulk writer.</summary>
internal static class JsonColumns
{
    public static ValueConverter<CanonicalOrder, string> Order { get; } = new(
        v => Documents.Serialize(v, HubJsonContext.Default.CanonicalOrder),
        s => Documents.Deserialize(s, HubJsonContext.Default.CanonicalOrder));

    public static ValueConverter<CanonicalProduct, string> Product { get; } = new(
        v => Documents.Serialize(v, HubJsonContext.Default.CanonicalProduct),
        s => Documents.Deserialize(s, HubJsonContext.Default.CanonicalProduct));

    public static ValueConverter<Dictionary<string, string>, string> Settings { get; } = new(
        v => Documents.Serialize(v, HubJsonContext.Default.DictionaryStringString),
        s => Documents.Deserialize(s, HubJsonContext.Default.DictionaryStringString));

    public static ValueComparer<Dictionary<string, string>> SettingsComparer { get; } = new(
        (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
        v => v.Aggregate(0, (hash, pair) => hash ^ HashCode.Combine(pair.Key, pair.Value)),
        v => new Dictionary<string, string>(v, StringComparer.Ordinal));
}

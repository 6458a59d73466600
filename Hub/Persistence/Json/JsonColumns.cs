using CrossBorderHub.Mapping.Canonical;
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
}

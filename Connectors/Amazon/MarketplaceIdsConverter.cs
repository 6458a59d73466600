using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Reads marketplace ids as a JSON array or as one comma-separated string (settings entered as plain text, such as
/// the demo's); always writes an array.
/// </summary>
internal sealed class MarketplaceIdsConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("marketplaceIds must be an array of marketplace ids.");
        }

        var ids = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("A marketplace id must be a string."));
        }

        return ids;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>An integer sent as a number or as a numeric string; any other string (Shopee's examples show "-") reads as null.</summary>
internal sealed class ShopeeLenientIntConverter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt32(),
        JsonTokenType.String => int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null,
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a stock number, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

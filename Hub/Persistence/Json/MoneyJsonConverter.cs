using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Json;

/// <summary>
/// <see cref="Money"/> has get-only properties and, being a struct, a default constructor the serializer would pick,
/// so it is read through its (amount, currency) constructor here.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string Amount = "amount";
    private const string Currency = "currency";

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money must be an object.");
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, Amount, StringComparison.OrdinalIgnoreCase))
            {
                amount = reader.GetDecimal();
            }
            else if (string.Equals(name, Currency, StringComparison.OrdinalIgnoreCase))
            {
                currency = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return new Money(
            amount ?? throw new JsonException("Money has no amount."),
            currency ?? throw new JsonException("Money has no currency."));
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Amount, value.Amount);
        writer.WriteString(Currency, value.Currency);
        writer.WriteEndObject();
    }
}

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
    private static readonly byte[] AmountUtf8 = "amount"u8.ToArray();
    private static readonly byte[] CurrencyUtf8 = "currency"u8.ToArray();

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
            // Compared as UTF-8 in place: the feed reads tens of money values per order.
            var isAmount = reader.ValueTextEquals(AmountUtf8);
            var isCurrency = !isAmount && reader.ValueTextEquals(CurrencyUtf8);
            reader.Read();
            if (isAmount)
            {
                amount = reader.GetDecimal();
            }
            else if (isCurrency)
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

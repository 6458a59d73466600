using System.Globalization;

namespace CrossBorderHub.Mapping.Rules;

/// <summary>Parses the decimal strings marketplaces send for money ("12.30"), never through double.</summary>
public static class Decimals
{
    public static decimal Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MappingException($"{field} is missing.");
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MappingException($"{field} '{text}' is not a decimal number.");
    }

    public static decimal ParseOrZero(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? 0m : Parse(text, field);
}

using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Tests;

public sealed class CurrencyCodesTests
{
    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("eur", "EUR")]
    [InlineData("Cny", "CNY")]
    [InlineData("SGD", "SGD")]
    public void Normalize_upper_cases_known_codes(string input, string expected) =>
        Assert.Equal(expected, CurrencyCodes.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("XXX")]
    [InlineData("RMB")]
    public void Normalize_rejects_anything_not_in_ISO_4217(string? input)
    {
        var error = Assert.Throws<MappingException>(() => CurrencyCodes.Normalize(input));
        Assert.Contains("ISO 4217", error.Message, StringComparison.Ordinal);
    }
}

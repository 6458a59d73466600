using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Tests;

public sealed class DecimalsTests
{
    [Theory]
    [InlineData("12.30", "12.30")]
    [InlineData("-0.01", "-0.01")]
    [InlineData("1000", "1000")]
    [InlineData("0.1", "0.1")]
    public void Parse_keeps_the_exact_decimal_value(string input, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Decimals.Parse(input, "amount"));

    [Theory]
    [InlineData("12,30")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData(" ")]
    public void Parse_rejects_non_decimal_text_and_names_the_field(string input)
    {
        var error = Assert.Throws<MappingException>(() => Decimals.Parse(input, "totalPriceSet.shopMoney.amount"));
        Assert.Contains("totalPriceSet.shopMoney.amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOrZero_treats_missing_as_zero() => Assert.Equal(0m, Decimals.ParseOrZero(null, "tax"));
}

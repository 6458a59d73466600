using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Tests;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("us", "US")]
    [InlineData("DE", "DE")]
    [InlineData("UK", "GB")]
    [InlineData("gb", "GB")]
    [InlineData("SG", "SG")]
    public void Normalize_returns_the_alpha_2_code(string input, string expected) =>
        Assert.Equal(expected, CountryCodes.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("USA")]
    [InlineData("ZZ")]
    [InlineData("")]
    public void Normalize_rejects_unassigned_codes(string? input) =>
        Assert.Throws<MappingException>(() => CountryCodes.Normalize(input));
}

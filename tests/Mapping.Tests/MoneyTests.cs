using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Money_normalizes_its_currency_code()
    {
        var money = new Money(19.99m, "usd");
        Assert.Equal("USD", money.Currency);
        Assert.Equal(19.99m, money.Amount);
    }

    [Fact]
    public void Money_refuses_an_unknown_currency() =>
        Assert.Throws<MappingException>(() => new Money(1m, "ABC"));

    [Fact]
    public void Equal_amounts_in_equal_currencies_are_equal() =>
        Assert.Equal(new Money(1.50m, "EUR"), new Money(1.50m, "eur"));
}

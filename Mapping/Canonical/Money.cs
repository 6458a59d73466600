using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Canonical;

/// <summary>An amount in one ISO 4217 currency. Never a floating-point number.</summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = CurrencyCodes.Normalize(currency);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public override string ToString() => FormattableString.Invariant($"{Amount} {Currency}");
}

using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>Amazon money (a decimal string with its currency) to canonical <see cref="Money"/>.</summary>
internal static class AmazonMoneyRules
{
    public static Money From(string? amount, string? currency, string field, string orderCurrency)
    {
        var value = Decimals.Parse(amount, $"{field}.amount");
        var code = CurrencyCodes.Normalize(currency ?? orderCurrency);
        return code == orderCurrency
            ? new Money(value, code)
            : throw new MappingException($"{field} is in {code}, not the order's currency {orderCurrency}.");
    }

    public static Money FromOrZero(AmazonMoney? money, string field, string orderCurrency) =>
        money is null ? Money.Zero(orderCurrency) : From(money.Amount, money.CurrencyCode, field, orderCurrency);

    /// <summary>The sum of every breakdown of <paramref name="type"/> (zero when there is none).</summary>
    public static Money Breakdown(IReadOnlyList<AmazonProceedsBreakdown>? breakdowns, string type, string field, string orderCurrency) =>
        new(
            breakdowns?.Where(b => b.Type == type).Sum(b => FromOrZero(b.Subtotal, $"{field}[{type}].subtotal", orderCurrency).Amount) ?? 0m,
            orderCurrency);

    /// <summary>A discount as a positive amount, whichever sign the marketplace sends it with.</summary>
    public static Money Positive(Money money) => new(Math.Abs(money.Amount), money.Currency);

    public static Money Sum(IEnumerable<Money> parts, string orderCurrency) => new(parts.Sum(p => p.Amount), orderCurrency);
}

using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>eBay Amounts (<c>{"value":"116.26","currency":"EUR"}</c>) as canonical money in the order's currency.</summary>
internal static class EbayMoney
{
    /// <summary>A required amount; one in another currency than the order's is refused rather than mixed in.</summary>
    public static Money From(EbayAmount? amount, string currency, string field) =>
        amount is null ? throw new MappingException($"{field} is missing.") : Read(amount, currency, field);

    /// <summary>An optional amount: absent is zero.</summary>
    public static Money OrZero(EbayAmount? amount, string currency, string field) =>
        amount is null ? Money.Zero(currency) : Read(amount, currency, field);

    public static Money Sum(IEnumerable<EbayAmount?>? amounts, string currency, string field)
    {
        var total = 0m;
        foreach (var amount in amounts ?? [])
        {
            total += OrZero(amount, currency, field).Amount;
        }

        return new Money(total, currency);
    }

    private static Money Read(EbayAmount amount, string currency, string field)
    {
        var value = Decimals.Parse(amount.Value, $"{field}.value");
        if (amount.Currency is { } own && CurrencyCodes.Normalize(own) != currency)
        {
            throw new MappingException($"{field} is in {own}, not the order's {currency}.");
        }

        return new Money(value, currency);
    }
}

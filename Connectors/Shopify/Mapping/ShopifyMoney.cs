using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>MoneyBag to canonical money, always from shopMoney (the shop currency), never presentmentMoney.</summary>
internal static class ShopifyMoney
{
    public static Money From(ShopifyMoneyBag? bag, string currency, string field) =>
        bag?.ShopMoney is { } money
            ? new Money(Decimals.Parse(money.Amount, field), money.CurrencyCode ?? throw new MappingException($"{field} has no currencyCode."))
            : Money.Zero(currency);

    public static Money Sum(IEnumerable<ShopifyMoneyBag?>? bags, string currency, string field)
    {
        var total = 0m;
        foreach (var bag in bags ?? [])
        {
            var money = From(bag, currency, field);
            if (money.Currency != currency)
            {
                throw new MappingException($"{field} is in {money.Currency}, the order in {currency}.");
            }

            total += money.Amount;
        }

        return new Money(total, currency);
    }
}

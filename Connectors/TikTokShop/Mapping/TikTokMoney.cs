using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>TikTok money: decimal strings beside a currency code.</summary>
internal static class TikTokMoney
{
    public static Money Required(string? amount, string currency, string field) => new(Decimals.Parse(amount, field), currency);

    /// <summary>An amount TikTok leaves out when there is none (a discount, a tax) is zero.</summary>
    public static Money OrZero(string? amount, string currency, string field) => new(Decimals.ParseOrZero(amount, field), currency);

    public static Money Sum(IEnumerable<string?> amounts, string currency, string field) =>
        new(amounts.Sum(a => Decimals.ParseOrZero(a, field)), currency);
}

using System.Collections.Frozen;

namespace CrossBorderHub.Mapping.Rules;

/// <summary>ISO 4217 alphabetic codes in circulation (list of 2024; funds and metal codes left out).</summary>
public static class CurrencyCodes
{
    private static readonly FrozenSet<string> Active = new[]
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
        "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
        "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
        "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
        "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
        "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
        "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
        "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG",
        "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) =>
        code is { Length: 3 } && Active.Contains(code.ToUpperInvariant());

    /// <summary>
    /// The code in upper case, as one shared instance per currency (money is read millions of times);
    /// throws <see cref="MappingException"/> for anything not in ISO 4217.
    /// </summary>
    public static string Normalize(string? code)
    {
        if (code is { Length: 3 }
            && (Active.TryGetValue(code, out var canonical) || Active.TryGetValue(code.ToUpperInvariant(), out canonical)))
        {
            return canonical;
        }

        throw new MappingException($"'{code}' is not an ISO 4217 currency code.");
    }
}

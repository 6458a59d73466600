using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>
/// The <c>hmac</c> Shopify puts on the redirects it sends to an app (the authorization callback among them): lower-case
/// hex HMAC-SHA256, keyed with the app's client secret, of the other query parameters (without <c>hmac</c> and
/// <c>signature</c>) sorted by name and written as a form-encoded query string (<c>a=1&amp;b=x+y</c>), the way
/// Shopify's own libraries rebuild it from the decoded values.
/// </summary>
internal static class ShopifyQuerySignature
{
    /// <summary>The message the hmac covers, from decoded query values.</summary>
    public static string Message(IEnumerable<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in query
            .Where(p => p.Key is not (ShopifyConsentConstants.Query.Hmac or ShopifyConsentConstants.Query.Signature))
            .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            AppendFormEncoded(builder, name);
            builder.Append('=');
            AppendFormEncoded(builder, value);
        }

        return builder.ToString();
    }

    /// <summary>The hex hmac of <paramref name="query"/> under <paramref name="clientSecret"/> (what the sandbox signs with).</summary>
    public static string Sign(IEnumerable<KeyValuePair<string, string>> query, string clientSecret) =>
        Convert.ToHexStringLower(Compute(query, clientSecret));

    /// <summary>True when <paramref name="query"/> carries an <c>hmac</c> that <paramref name="clientSecret"/> made, compared in constant time.</summary>
    public static bool Verify(IReadOnlyDictionary<string, string> query, string clientSecret)
    {
        if (!query.TryGetValue(ShopifyConsentConstants.Query.Hmac, out var given) || given.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(given);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(claimed, Compute(query, clientSecret));
    }

    private static byte[] Compute(IEnumerable<KeyValuePair<string, string>> query, string clientSecret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(Message(query)));

    /// <summary>application/x-www-form-urlencoded as browsers and Shopify's libraries write it: space as '+', only A-Z a-z 0-9 * - . _ left as they are.</summary>
    private static void AppendFormEncoded(StringBuilder builder, string text)
    {
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                builder.Append('+');
            }
            else if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '*' or '-' or '.' or '_'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}

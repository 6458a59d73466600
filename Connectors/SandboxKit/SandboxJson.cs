using System.Globalization;
using System.Text.Json;

namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>Value spellings marketplaces share: amounts as decimal strings, timestamps as ISO 8601 UTC.</summary>
public static class SandboxJson
{
    /// <summary>An amount with two decimals and a dot, as a string ("12.50").</summary>
    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Writes a UTC timestamp to the second ("2026-01-01T00:00:00Z"), formatted on the stack.</summary>
    public static void Timestamp(Utf8JsonWriter w, string name, DateTimeOffset value)
    {
        Span<byte> text = stackalloc byte[32];
        if (!value.UtcDateTime.TryFormat(text, out var written, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A timestamp did not fit its buffer.");
        }

        w.WriteString(name, text[..written]);
    }
}

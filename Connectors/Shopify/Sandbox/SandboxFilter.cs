using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>The updated_at term of Shopify's search syntax (updated_at:&gt;='…' or &gt;'…'); other terms are ignored.</summary>
internal static partial class SandboxFilter
{
    public static SandboxWindow Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return SandboxWindow.All;
        }

        var match = UpdatedAt().Match(query);
        return match.Success
            && DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? new SandboxWindow(at.ToUniversalTime(), match.Groups["op"].Value == ">=")
            : SandboxWindow.All;
    }

    [GeneratedRegex(@"updated_at:(?<op>>=|>)\s*['""]?(?<at>[^'""\s]+)['""]?", RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedAt();
}

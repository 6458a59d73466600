using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>The updated_at term of Shopify's search syntax (updated_at:&gt;='…' or &gt;'…'); other terms are ignored.</summary>
internal sealed partial record SandboxFilter(DateTimeOffset? Since, bool Inclusive)
{
    public static readonly SandboxFilter None = new(null, true);

    public static SandboxFilter Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return None;
        }

        var match = UpdatedAt().Match(query);
        return match.Success
            && DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? new SandboxFilter(at.ToUniversalTime(), match.Groups["op"].Value == ">=")
            : None;
    }

    public bool Passes(DateTimeOffset updatedAt) =>
        Since is not { } since || (Inclusive ? updatedAt >= since : updatedAt > since);

    [GeneratedRegex(@"updated_at:(?<op>>=|>)\s*['""]?(?<at>[^'""\s]+)['""]?", RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedAt();
}

namespace CrossBorderHub.Connectors;

/// <summary>
/// The hub's own app on a marketplace, as configured for consent (e.g. <c>Connect:Apps:shopify</c>): named string values
/// (<see cref="Values"/>: "clientId", "clientSecret", "scopes"... each connector documents its names) and, only where the
/// hub allows custom hosts (sandboxes, tests), replacements for the marketplace's consent page, API and token hosts.
/// A store connected through consent keeps <see cref="ApiUrl"/> and <see cref="AuthUrl"/> as its own host overrides.
/// </summary>
public sealed record ConsentApp(
    IReadOnlyDictionary<string, string> Values,
    Uri? ConsentUrl = null,
    Uri? ApiUrl = null,
    Uri? AuthUrl = null)
{
    /// <summary>One configured value; null when absent or blank.</summary>
    public string? Value(string name) => Values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

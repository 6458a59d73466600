namespace CrossBorderHub.Connectors;

/// <summary>
/// Section "Connectors": where a store's credentials may be sent. Off (the default), they go only to the hosts its
/// marketplace's connector derives from the store's settings, and a store with a <c>baseUrl</c> or <c>authUrl</c> is refused.
/// </summary>
public sealed class ConnectorHostOptions
{
    public const string Section = "Connectors";

    /// <summary>On for sandboxes, tests, benchmarks and the demo only: stores may name their own API and token hosts.</summary>
    public bool AllowCustomHosts { get; set; }
}

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The app the simulated shop lets sellers authorize: its client id and secret (the consent page refuses another client
/// id, the token endpoint other credentials; the secret signs the callback and webhooks), the scopes a seller grants, and
/// how long an authorization code stays valid.
/// </summary>
public sealed record ShopifySandboxApp
{
    public string ClientId { get; init; } = "sandbox-shopify-client-id";

    public string ClientSecret { get; init; } = "sandbox-shopify-client-secret";

    /// <summary>Scopes the token answer reports; null grants exactly what the app asked for.</summary>
    public IReadOnlyList<string>? GrantedScopes { get; init; }

    /// <summary>Shopify does not publish a code lifetime; the sandbox uses 10 minutes.</summary>
    public TimeSpan CodeValidity { get; init; } = TimeSpan.FromMinutes(10);
}

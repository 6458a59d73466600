namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>What an authorization code was issued for: the app, the scopes it asked for and the redirect it was sent to.</summary>
internal sealed record ShopifySandboxCodeGrant(string ClientId, string Scopes, string RedirectUri);

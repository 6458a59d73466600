namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>What an spapi_oauth_code stands for: the redirect URI it was sent to, which its exchange must name again.</summary>
internal sealed record AmazonSandboxConsentGrant(string RedirectUri);

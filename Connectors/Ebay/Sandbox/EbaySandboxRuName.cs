namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// A RuName (eBay redirect URL name) as the developer portal configures it: where eBay sends the seller's browser after
/// consent (auth accepted URL) and after a refusal (auth declined URL).
/// </summary>
public sealed record EbaySandboxRuName(Uri AcceptUrl, Uri DeclineUrl);

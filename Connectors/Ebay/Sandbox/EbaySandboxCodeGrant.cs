namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>What an authorization code stands for: the RuName it was issued through and the scopes the seller consented to.</summary>
internal sealed record EbaySandboxCodeGrant(string RuName, IReadOnlyList<string> Scopes);

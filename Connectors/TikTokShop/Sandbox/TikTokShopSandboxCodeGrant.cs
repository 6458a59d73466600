namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>What an authorization code was issued for: the app whose token request may exchange it.</summary>
internal sealed record TikTokShopSandboxCodeGrant(string AppKey);

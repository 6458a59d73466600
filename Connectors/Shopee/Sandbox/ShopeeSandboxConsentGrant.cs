namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>What an authorization code stands for: the shop the seller authorized on the simulated consent page.</summary>
internal sealed record ShopeeSandboxConsentGrant(long ShopId);

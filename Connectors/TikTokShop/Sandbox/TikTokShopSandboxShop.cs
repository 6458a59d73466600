namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>A shop in the sandbox's authorized shops list.</summary>
public sealed record TikTokShopSandboxShop(string Id, string Name, string Region, string Cipher);

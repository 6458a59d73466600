namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// One shop a seller's authorization covers, as TikTok's authorized shops list gives it: its id (the store's identity),
/// name, region (two letters as TikTok writes it, e.g. GB) and the cipher every shop-scoped call carries.
/// </summary>
public sealed record TikTokShopAuthorizedShop(string Id, string? Name, string? Region, string? Cipher);

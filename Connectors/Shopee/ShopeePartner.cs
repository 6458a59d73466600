namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// The app as Shopee knows it: partner id and key, and the platform (global, cn or sandbox, as a store's settings name
/// it). <paramref name="BaseUrl"/> replaces the platform host, for a simulated Shopee only.
/// </summary>
public sealed record ShopeePartner(long PartnerId, string PartnerKey, string? Host = null, Uri? BaseUrl = null);

namespace CrossBorderHub.Hub.Tests.Consent.TikTokShop;

public sealed class TikTokShopConsentContract(ConsentHubs<TikTokShopConsentAdapter> hubs) : ConsentContract<TikTokShopConsentAdapter>(hubs);

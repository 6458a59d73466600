namespace CrossBorderHub.Hub.Tests.Consent.Shopee;

public sealed class ShopeeConsentContract(ConsentHubs<ShopeeConsentAdapter> hubs) : ConsentContract<ShopeeConsentAdapter>(hubs);

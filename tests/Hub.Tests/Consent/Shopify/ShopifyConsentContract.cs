namespace CrossBorderHub.Hub.Tests.Consent.Shopify;

public sealed class ShopifyConsentContract(ConsentHubs<ShopifyConsentAdapter> hubs) : ConsentContract<ShopifyConsentAdapter>(hubs);

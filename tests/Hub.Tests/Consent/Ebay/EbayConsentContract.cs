namespace CrossBorderHub.Hub.Tests.Consent.Ebay;

public sealed class EbayConsentContract(ConsentHubs<EbayConsentAdapter> hubs) : ConsentContract<EbayConsentAdapter>(hubs);

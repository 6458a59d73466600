using CrossBorderHub.Connectors.Shopify;

namespace CrossBorderHub.Hub.Tests.Consent.Shopify;

/// <summary>Shopify in the consent contract: the real connector (as Program registers it) against its sandbox shop.</summary>
public sealed class ShopifyConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => ShopifyConstants.Marketplace;

    public IConsentContractSandbox Start() => new ShopifyConsentContractSandbox();
}

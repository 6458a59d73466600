namespace CrossBorderHub.Hub.Tests.Consent.Shopee;

/// <summary>Shopee in the consent contract: the real connector (registered by Program) against its sandbox.</summary>
public sealed class ShopeeConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => "shopee";

    public IConsentContractSandbox Start() => new ShopeeConsentContractSandbox();
}

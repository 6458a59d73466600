namespace CrossBorderHub.Hub.Tests.Consent.Shopee;

/// <summary>Shopee in the consent contract: the real connector (registered by Program) against its sandbox.</summary>
public sealed class ShopeeConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => "shopee";

    /// <summary>Shopee sends the browser to the redirect only after the seller authorizes; a seller who declines stays on Shopee.</summary>
    public bool DeclineCallsBack => false;

    public IConsentContractSandbox Start() => new ShopeeConsentContractSandbox();
}

using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Hub.Tests.Consent.Ebay;

/// <summary>
/// eBay in the consent contract: its sandbox plays the Grant Application Access page, the token endpoint and Commerce
/// Identity; the app's RuName sends the browser to the hub's callback on approval and on refusal alike, as the README
/// tells an operator to set it. Orders a minute apart up to the hub's now, as the connector reads windows up to now.
/// </summary>
public sealed class EbayConsentAdapter : IConsentContractAdapter
{
    public const string RuName = "CrossBorderHub-CrossBor-SBX-consent";

    private const int Orders = 23;

    public string Marketplace => "ebay";

    public IConsentContractSandbox Start()
    {
        var callback = new Uri("http://localhost/connect/ebay/callback");
        var sandbox = EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 5,
            OrderCount = Orders,
            MarketplaceId = "EBAY_GB",
            OrdersStartAt = TimeProvider.System.GetUtcNow().AddMinutes(-Orders - 5),
            OrderInterval = TimeSpan.FromMinutes(1),
            RateLimit = SandboxRateLimit.Off,
            RuNames = new Dictionary<string, EbaySandboxRuName> { [RuName] = new(callback, callback) },
        });
        return new EbayConsentSandbox(sandbox);
    }
}

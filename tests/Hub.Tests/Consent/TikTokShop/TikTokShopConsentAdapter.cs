using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Consent.TikTokShop;

/// <summary>
/// TikTok Shop for the consent contract: the sandbox plays the authorization page for the app's service id and sends
/// the seller to the redirect URL registered for the app, the hub's callback. Its seller has two shops (GB, FR) and
/// authorizes from GB, so the hub connects the GB shop without being told which.
/// </summary>
public sealed class TikTokShopConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => "tiktokshop";

    public IConsentContractSandbox Start() => new TikTokShopConsentSandbox(TikTokShopSandbox.Start(new TikTokShopSandboxOptions
    {
        OrderCount = 23,
        TimeProvider = Sandboxes.Clock(),
        RedirectUrl = new Uri("http://localhost/connect/tiktokshop/callback"),
    }));
}

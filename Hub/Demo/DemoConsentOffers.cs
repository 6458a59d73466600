using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit.Demo;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Consent;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Consent;

namespace CrossBorderHub.Hub.Demo;

/// <summary>
/// The demo's simulated stores play their marketplace's consent page too, so a newcomer can try seller onboarding:
/// each is offered for consent with the app its sandbox accepts (Shopify today), unless Connect:Apps configures one.
/// </summary>
internal static class DemoConsentOffers
{
    public static bool Offer(ConsentApps apps, DemoStore store) => store.Marketplace switch
    {
        ShopifyConstants.Marketplace => apps.Register(store.Marketplace, Shopify(store.BaseUrl)),
        _ => false,
    };

    private static ConsentApp Shopify(Uri sandbox)
    {
        var app = new ShopifySandboxApp();
        return new ConsentApp(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [ShopifyConsentConstants.ClientIdValue] = app.ClientId,
                [ShopifyConsentConstants.ClientSecretValue] = app.ClientSecret,
            },
            ConsentUrl: sandbox,
            ApiUrl: sandbox);
    }
}

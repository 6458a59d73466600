using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    /// <summary>The locale the consent page reports the seller used.</summary>
    public const string ConsentLocale = "en";

    private int _consents;

    /// <summary>Seller decisions on the consent page (approved or declined).</summary>
    public int ConsentCount => Volatile.Read(ref _consents);

    /// <summary>
    /// /open/authorize?service_id=…&amp;state=…: the seller's authorization page for the app's service. GET shows it; the
    /// posted decision sends the browser to the app's registered redirect URL, approved with code, state, app_key, locale
    /// and shop_region, declined with the state alone and no code. An unknown service is refused as TikTok refuses it.
    /// </summary>
    private ResponseMessage Authorize(IRequestMessage request)
    {
        var query = Query(request);
        if (query.GetValueOrDefault(TikTokShopConstants.ServiceIdParameter) != _options.ServiceId)
        {
            return SandboxConsentPage.Refused("This service does not exist.");
        }

        if (_options.RedirectUrl is not { } redirect)
        {
            return SandboxConsentPage.Refused("The app has no redirect URL registered in Partner Center.");
        }

        if (SandboxConsentPage.IsPageRequest(request))
        {
            return SandboxConsentPage.Page(TikTokShopConstants.DisplayName, $"app {_options.AppKey}", _options.ShopName);
        }

        Interlocked.Increment(ref _consents);
        var answer = new List<KeyValuePair<string, string>>();
        if (SandboxConsentPage.Approved(request))
        {
            answer.Add(new(TikTokShopConstants.AppKeyParameter, _options.AppKey));
            answer.Add(new(TikTokShopConstants.CodeParameter, IssueAuthorizationCode()));
            answer.Add(new(TikTokShopConstants.LocaleParameter, ConsentLocale));
            answer.Add(new(TikTokShopConstants.ShopRegionParameter, _options.ShopRegion));
        }

        if (query.TryGetValue(TikTokShopConstants.StateParameter, out var state))
        {
            answer.Add(new(TikTokShopConstants.StateParameter, state));
        }

        return SandboxConsentPage.Redirect(redirect, answer);
    }
}

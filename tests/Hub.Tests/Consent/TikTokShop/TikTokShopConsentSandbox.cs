using CrossBorderHub.Connectors.TikTokShop.Sandbox;

namespace CrossBorderHub.Hub.Tests.Consent.TikTokShop;

internal sealed class TikTokShopConsentSandbox(TikTokShopSandbox sandbox) : IConsentContractSandbox
{
    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        ["appKey"] = sandbox.Options.AppKey,
        ["appSecret"] = sandbox.Options.AppSecret,
        ["serviceId"] = sandbox.Options.ServiceId,
        ["ConsentUrl"] = sandbox.Url.AbsoluteUri,
        ["ApiUrl"] = sandbox.Url.AbsoluteUri,
        ["AuthUrl"] = sandbox.Url.AbsoluteUri,
    };

    public object Input => new { };

    public string AccountKey => sandbox.Options.ShopId;

    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(TikTokShopSandboxData.OrderId)];

    public void RefuseCredentials() => sandbox.RetireTokens();

    public void Dispose() => sandbox.Dispose();
}

using CrossBorderHub.Connectors.Ebay.Sandbox;

namespace CrossBorderHub.Hub.Tests.Consent.Ebay;

internal sealed class EbayConsentSandbox(EbaySandbox sandbox) : IConsentContractSandbox
{
    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        ["clientId"] = sandbox.Options.ClientId,
        ["clientSecret"] = sandbox.Options.ClientSecret,
        ["ruName"] = EbayConsentAdapter.RuName,
        ["environment"] = "sandbox",
        ["ConsentUrl"] = sandbox.Url.AbsoluteUri,
        ["ApiUrl"] = sandbox.Url.AbsoluteUri,
        ["AuthUrl"] = sandbox.Url.AbsoluteUri,
    };

    public object Input => new { marketplaceId = sandbox.Options.MarketplaceId };

    public string AccountKey => sandbox.Options.UserId;

    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(sandbox.Data.OrderId)];

    public void RefuseCredentials() => sandbox.RevokeUserTokens();

    public void Dispose() => sandbox.Dispose();
}

using CrossBorderHub.Connectors.Amazon.Sandbox;

namespace CrossBorderHub.Hub.Tests.Consent.Amazon;

/// <summary>The Amazon sandbox as the consent contract sees it: the hub's app, the seller's input and the account's orders.</summary>
internal sealed class AmazonConsentContractSandbox(AmazonSandbox sandbox) : IConsentContractSandbox
{
    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        ["applicationId"] = sandbox.Options.ApplicationId,
        ["clientId"] = sandbox.Options.ClientId,
        ["clientSecret"] = sandbox.Options.ClientSecret,
        ["ConsentUrl"] = sandbox.Url.AbsoluteUri,
        ["ApiUrl"] = sandbox.Url.AbsoluteUri,
        ["AuthUrl"] = sandbox.Url.AbsoluteUri,
    };

    public object Input => new { region = "na", marketplaceIds = new[] { sandbox.Options.MarketplaceId } };

    public string AccountKey => sandbox.Options.SellingPartnerId;

    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(sandbox.Data.OrderId)];

    public void RefuseCredentials() => sandbox.RevokeIssuedCredentials();

    public void Dispose() => sandbox.Dispose();
}

using CrossBorderHub.Connectors.Shopify.Consent;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Hub.Tests.Consent.Shopify;

/// <summary>A sandbox shop whose orders all exist already, its app the one the hub's <c>Connect:Apps:shopify</c> names.</summary>
internal sealed class ShopifyConsentContractSandbox : IConsentContractSandbox
{
    private const int Orders = 23;

    private readonly ShopifySandbox _sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
    {
        Seed = 11,
        OrderCount = Orders,
        ProductCount = 3,
        Throttle = ShopifySandboxThrottle.Off,
        OrdersStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(2),

        // Shopify tells the app nothing when a seller cancels; the contract's decline scenario needs the callback.
        DeclineRedirectsToApp = true,
    });

    /// <summary>The sandbox shop itself, for tests beyond the contract (webhooks).</summary>
    public ShopifySandbox Shop => _sandbox;

    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        [ShopifyConsentConstants.ClientIdValue] = _sandbox.Options.App.ClientId,
        [ShopifyConsentConstants.ClientSecretValue] = _sandbox.Options.App.ClientSecret,
        ["ConsentUrl"] = _sandbox.Url.AbsoluteUri,
        ["ApiUrl"] = _sandbox.Url.AbsoluteUri,
    };

    public object Input => new Dictionary<string, string> { [ShopifyConsentConstants.ShopDomainInput] = _sandbox.Options.ShopDomain };

    public string AccountKey => _sandbox.Options.ShopDomain;

    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, Orders).Select(ShopifySandboxData.OrderId)];

    public void RefuseCredentials() => _sandbox.RevokeGrantedTokens();

    public void Dispose() => _sandbox.Dispose();
}

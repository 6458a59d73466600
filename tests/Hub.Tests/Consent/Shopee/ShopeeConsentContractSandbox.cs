using System.Globalization;
using CrossBorderHub.Connectors.Shopee.Sandbox;

namespace CrossBorderHub.Hub.Tests.Consent.Shopee;

/// <summary>The Shopee sandbox as the consent contract sees it: one shop with orders of the last two days, every host the sandbox.</summary>
public sealed class ShopeeConsentContractSandbox : IConsentContractSandbox
{
    private const int Orders = 24;

    private readonly ShopeeSandbox _sandbox = ShopeeSandbox.Start(new ShopeeSandboxOptions
    {
        Seed = 11,
        OrderCount = Orders,
        OrdersStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(2),
        OrderInterval = TimeSpan.FromHours(1),
    });

    public ShopeeSandbox Sandbox => _sandbox;

    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        ["partnerId"] = _sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
        ["partnerKey"] = _sandbox.Options.PartnerKey,
        ["host"] = "sandbox",
        ["ConsentUrl"] = _sandbox.Url.AbsoluteUri,
        ["ApiUrl"] = _sandbox.Url.AbsoluteUri,
        ["AuthUrl"] = _sandbox.Url.AbsoluteUri,
    };

    /// <summary>Shopee asks the seller nothing before its page: the shop is picked there.</summary>
    public object Input => new { };

    public string AccountKey => _sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> OrderIds => [.. Enumerable.Range(0, Orders).Select(_sandbox.Data.OrderSn)];

    public void RefuseCredentials() => _sandbox.RevokeTokens();

    public void Dispose() => _sandbox.Dispose();
}

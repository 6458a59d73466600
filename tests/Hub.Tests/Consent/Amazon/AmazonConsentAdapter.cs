using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Consent.Amazon;

/// <summary>Amazon in the consent contract: the sandbox plays Seller Central's consent page, Login with Amazon and SP-API.</summary>
public sealed class AmazonConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => AmazonConstants.Marketplace;

    /// <summary>Cancel on Seller Central exits without authorizing; Amazon documents no redirect back to the app.</summary>
    public bool DeclineCallsBack => false;

    public IConsentContractSandbox Start()
    {
        // The hub reads from its own clock's lookback; the sandbox's clock is later still, so every order is visible.
        var start = new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddDays(-7);
        return new AmazonConsentContractSandbox(AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 11,
            OrderCount = 23,
            OrdersStartAt = start,
            OrderInterval = TimeSpan.FromSeconds(30),
            TimeProvider = Sandboxes.Clock(),
            SearchOrdersPlan = SandboxRateLimit.Off,
        }));
    }
}

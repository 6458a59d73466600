using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayCallBudgetSandboxTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_budget_shows_ebays_getRateLimits_figures_read_with_an_application_token_less_the_calls_sent_since()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 3,
            OrderCount = 450,
            ItemCount = 30,
            TimeProvider = time,
            OrdersStartAt = Now.AddMinutes(-451),
            RateLimit = new SandboxRateLimit(500, 100_000 / 86_400d),
            InventoryRateLimit = SandboxRateLimit.Off,
        });
        using var host = new EbayTestHost(time, null);
        var account = EbayTestHost.Account(sandbox);
        var reporter = Assert.IsAssignableFrom<ICallBudgetReporter>(host.Connector);
        await EbayInventorySandboxTests.Collect(host.Connector.PullOrdersAsync(account, null, CancellationToken.None));

        var first = await reporter.CallBudgetsAsync(account, CancellationToken.None);
        await EbayInventorySandboxTests.Collect(host.Connector.PullOrdersAsync(account, null, CancellationToken.None));
        var second = await reporter.CallBudgetsAsync(account, CancellationToken.None);

        var fulfillment = Assert.Single(first, b => b.Api == EbayConstants.FulfillmentApi);
        Assert.Equal((100_000L, 3L, 99_997L, CallBudget.FromMarketplace), (fulfillment.Limit, fulfillment.Used, fulfillment.Remaining, fulfillment.Source));
        Assert.Equal(new DateTimeOffset(2027, 6, 2, 0, 0, 0, TimeSpan.Zero), fulfillment.ResetsAt);
        Assert.Equal(CallBudget.FromMarketplace, Assert.Single(first, b => b.Api == EbayConstants.InventoryApi).Source);
        Assert.Equal(CallBudget.Estimated, Assert.Single(first, b => b.Api == EbayConstants.IdentityApi).Source);

        // Read once: the second report subtracts the three calls sent since rather than asking eBay again.
        Assert.Equal(1, sandbox.CallsToday("analytics"));
        Assert.Equal(99_994L, Assert.Single(second, b => b.Api == EbayConstants.FulfillmentApi).Remaining);
    }

    [Fact]
    public async Task When_getRateLimits_cannot_be_read_the_budget_is_the_hubs_own_count_and_says_why()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = EbayInventorySandboxTests.Sandbox(5);
        using var host = new EbayTestHost(time, null);
        var account = EbayTestHost.Account(sandbox) with { Credentials = new Dictionary<string, string>
        {
            [EbayConstants.ClientIdCredential] = sandbox.Options.ClientId,
            [EbayConstants.ClientSecretCredential] = "wrong-cert-id",
            [EbayConstants.RefreshTokenCredential] = sandbox.Options.RefreshToken,
        } };

        var budgets = await Assert.IsAssignableFrom<ICallBudgetReporter>(host.Connector).CallBudgetsAsync(account, CancellationToken.None);

        var fulfillment = Assert.Single(budgets, b => b.Api == EbayConstants.FulfillmentApi);
        Assert.Equal(CallBudget.Estimated, fulfillment.Source);
        Assert.Equal(100_000L, fulfillment.Limit);
        Assert.Contains("eBay's own figures could not be read", fulfillment.Note, StringComparison.Ordinal);
        Assert.Contains("client authentication failed", fulfillment.Note, StringComparison.Ordinal);
    }
}

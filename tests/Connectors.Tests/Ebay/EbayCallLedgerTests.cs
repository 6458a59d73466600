using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayCallLedgerTests
{
    // 23:30 UTC on 1 June 2027 is 16:30 in Los Angeles (PDT, UTC-7): the quota day ends at 07:00 UTC.
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PacificMidnight = new(2027, 6, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Calls_are_counted_per_application_and_api_against_the_configured_limit_until_the_quota_day_ends()
    {
        var time = new FakeTimeProvider(Now);
        var ledger = Ledger(time, new EbayOptions { FulfillmentCallsPerDay = 1_000 });

        for (var i = 0; i < 3; i++)
        {
            ledger.Count("app-a", EbayConstants.FulfillmentApi);
        }

        ledger.Count("app-b", EbayConstants.FulfillmentApi);
        ledger.Count("app-a", EbayConstants.InventoryApi);
        var before = Fulfillment(ledger, "app-a");
        var other = Fulfillment(ledger, "app-b");
        time.SetUtcNow(PacificMidnight);
        var after = Fulfillment(ledger, "app-a");

        Assert.Equal((1_000L, 3L, 997L, CallBudget.Estimated), (before.Limit, before.Used, before.Remaining, before.Source));
        Assert.Equal(PacificMidnight, before.ResetsAt);
        Assert.Equal("application app-a", before.Scope);
        Assert.Equal(1, other.Used);
        Assert.Equal((0L, 1_000L), (after.Used, after.Remaining));
        Assert.Equal(PacificMidnight.AddDays(1), after.ResetsAt);
    }

    [Fact]
    public void Ebays_own_figures_replace_the_estimate_and_calls_sent_since_are_taken_off_them()
    {
        var time = new FakeTimeProvider(Now);
        var ledger = Ledger(time, new EbayOptions());
        var reset = Now.AddHours(2);
        ledger.Count("app", EbayConstants.FulfillmentApi);

        ledger.Observe("app", EbayConstants.FulfillmentApi, 5_000, 1_200, reset, TimeSpan.FromDays(1));
        ledger.Count("app", EbayConstants.FulfillmentApi);
        ledger.Count("app", EbayConstants.FulfillmentApi);
        var reported = Fulfillment(ledger, "app");
        time.SetUtcNow(reset.AddMinutes(1));
        var renewed = Fulfillment(ledger, "app");

        Assert.Equal((5_000L, 3_802L, 1_198L, CallBudget.FromMarketplace), (reported.Limit, reported.Used, reported.Remaining, reported.Source));
        Assert.Equal(reset, reported.ResetsAt);
        Assert.Equal(Now, reported.ReportedAt);
        Assert.Equal((5_000L, 0L, 5_000L), (renewed.Limit, renewed.Used, renewed.Remaining));
        Assert.Equal(reset.AddDays(1), renewed.ResetsAt);
    }

    private static CallBudget Fulfillment(EbayCallLedger ledger, string app) =>
        Assert.Single(ledger.Budgets(app), b => b.Api == EbayConstants.FulfillmentApi);

    private static EbayCallLedger Ledger(TimeProvider time, EbayOptions options) => new(time, Options.Create(options));
}

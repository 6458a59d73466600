using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopRemapTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_repaired_stored_order_maps_to_the_order_a_pull_of_the_sound_record_produces_without_a_call()
    {
        using var broken = new TikTokShopTestHost(Sandbox(new() { [4] = TikTokShopSandboxRecordFault.UnknownCurrency }));
        using var sound = new TikTokShopTestHost(Sandbox([]));
        var stored = Assert.Single((await TikTokShopTestHost.CollectAsync(broken.Connector.PullOrdersAsync(broken.Account, null, default))).SelectMany(p => p.Quarantined));
        var expected = (await TikTokShopTestHost.CollectAsync(sound.Connector.PullOrdersAsync(sound.Account, null, default)))
            .SelectMany(p => p.Items).Single(o => o.MarketplaceOrderId == stored.MarketplaceId);
        var requests = broken.Sandbox.RequestCount;
        var repaired = stored.RawPayload.Replace("\"XQX\"", $"\"{broken.Sandbox.Options.Currency}\"", StringComparison.Ordinal);

        var issues = new List<MappingIssue>();
        var remapped = await Remapper(broken).RemapOrderAsync(broken.Account, repaired, issues, default);

        Assert.Equivalent(expected, Assert.Single(remapped), strict: true);
        Assert.Empty(issues);
        Assert.Equal(requests, broken.Sandbox.RequestCount);
    }

    [Theory]
    [InlineData(TikTokShopSandboxRecordFault.BadAmount)]
    [InlineData(TikTokShopSandboxRecordFault.UnknownCurrency)]
    public async Task A_stored_order_that_is_still_broken_raises_the_fault_the_pull_quarantined_it_for(TikTokShopSandboxRecordFault defect)
    {
        using var host = new TikTokShopTestHost(Sandbox(new() { [2] = defect }));
        var stored = Assert.Single((await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default))).SelectMany(p => p.Quarantined));

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(host.Account, stored.RawPayload, [], default));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
        Assert.Equal(stored.Reason, $"Order could not be mapped: {RecordFaults.ReasonOf(fault)}");
    }

    private static IRecordRemapper Remapper(TikTokShopTestHost host) => Assert.IsAssignableFrom<IRecordRemapper>(host.Connector);

    private static TikTokShopSandbox Sandbox(Dictionary<int, TikTokShopSandboxRecordFault> faults) =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            OrderCount = 8,
            TimeProvider = new FakeTimeProvider(Now),
            Faults = new TikTokShopFaultPlan { OrderRecords = faults },
        });
}

using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeRemapTests
{
    [Fact]
    public async Task A_repaired_stored_order_maps_to_the_order_a_pull_of_the_sound_record_produces_without_a_call()
    {
        var start = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(1);
        using var broken = new ShopeeTestHost(Sandbox(start, new() { [3] = ShopeeSandboxRecordFault.UnknownCurrency }));
        using var sound = new ShopeeTestHost(Sandbox(start, []));
        var stored = Assert.Single((await ShopeeTestHost.CollectAsync(broken.Connector.PullOrdersAsync(broken.Account, null, default))).SelectMany(p => p.Quarantined));
        var expected = (await ShopeeTestHost.CollectAsync(sound.Connector.PullOrdersAsync(sound.Account, null, default)))
            .SelectMany(p => p.Items).Single(o => o.MarketplaceOrderId == stored.MarketplaceId);
        var requests = broken.Sandbox.RequestCount;
        var repaired = stored.RawPayload.Replace("\"ZZZ\"", $"\"{broken.Sandbox.Options.Currency}\"", StringComparison.Ordinal);

        var issues = new List<MappingIssue>();
        var remapped = await Remapper(broken).RemapOrderAsync(broken.Account, repaired, issues, default);

        Assert.Equivalent(expected, Assert.Single(remapped), strict: true);
        Assert.Empty(issues);
        Assert.Equal(requests, broken.Sandbox.RequestCount);
    }

    [Theory]
    [InlineData(ShopeeSandboxRecordFault.UnknownCurrency)]
    [InlineData(ShopeeSandboxRecordFault.MissingTotal)]
    [InlineData(ShopeeSandboxRecordFault.ZeroQuantity)]
    public async Task A_stored_order_that_is_still_broken_raises_the_fault_the_pull_quarantined_it_for(ShopeeSandboxRecordFault defect)
    {
        using var host = new ShopeeTestHost(Sandbox(TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(1), new() { [5] = defect }));
        var stored = Assert.Single((await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default))).SelectMany(p => p.Quarantined));

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(host.Account, stored.RawPayload, [], default));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
        Assert.Equal(stored.Reason, $"Order could not be mapped: {RecordFaults.ReasonOf(fault)}");
    }

    [Fact]
    public async Task A_stored_null_is_a_record_fault()
    {
        using var host = new ShopeeTestHost(Sandbox(TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(1), []));

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(host.Account, "null", [], default));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
    }

    private static IRecordRemapper Remapper(ShopeeTestHost host) => Assert.IsAssignableFrom<IRecordRemapper>(host.Connector);

    // Both sandboxes of a test share the start, so the sound and the broken sandbox serve the same orders.
    private static ShopeeSandbox Sandbox(DateTimeOffset start, Dictionary<int, ShopeeSandboxRecordFault> faults) =>
        ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = 13,
            OrderCount = 10,
            OrdersStartAt = start,
            OrderInterval = TimeSpan.FromHours(2),
            Faults = new ShopeeFaultPlan { OrderRecords = faults },
        });
}

using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayRemapTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_repaired_stored_order_maps_to_the_order_a_pull_of_the_sound_record_produces()
    {
        var time = new FakeTimeProvider(Now);
        using var broken = Sandbox(time, new() { [2] = EbaySandboxRecordFault.UnknownCountry });
        using var sound = Sandbox(time, []);
        using var host = new EbayTestHost(time, null);
        var account = EbayTestHost.Account(broken);
        var stored = Assert.Single(await PullQuarantinedAsync(host, account));
        var expected = (await PullOrdersAsync(host, EbayTestHost.Account(sound))).Single(o => o.MarketplaceOrderId == stored.MarketplaceId);
        var requests = broken.RequestCount;

        var issues = new List<MappingIssue>();
        var remapped = await Remapper(host).RemapOrderAsync(account, stored.RawPayload.Replace("\"QQ\"", "\"DE\"", StringComparison.Ordinal), issues, CancellationToken.None);

        Assert.Equivalent(expected, Assert.Single(remapped), strict: true);
        Assert.Empty(issues);
        Assert.Equal(requests, broken.RequestCount);
    }

    [Fact]
    public async Task A_stored_order_that_is_still_broken_raises_the_fault_the_pull_quarantined_it_for()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time, new() { [3] = EbaySandboxRecordFault.BadAmount });
        using var host = new EbayTestHost(time, null);
        var account = EbayTestHost.Account(sandbox);
        var stored = Assert.Single(await PullQuarantinedAsync(host, account));

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(account, stored.RawPayload, [], CancellationToken.None));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
        Assert.Equal(stored.Reason, $"Order could not be mapped: {RecordFaults.ReasonOf(fault)}");
    }

    [Fact]
    public async Task A_payload_that_is_not_json_is_a_record_fault()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time, []);
        using var host = new EbayTestHost(time, null);

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(EbayTestHost.Account(sandbox), "{\"orderId\":", [], CancellationToken.None));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
    }

    private static IRecordRemapper Remapper(EbayTestHost host) => Assert.IsAssignableFrom<IRecordRemapper>(host.Connector);

    private static EbaySandbox Sandbox(TimeProvider time, Dictionary<int, EbaySandboxRecordFault> faults) =>
        EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 11,
            OrderCount = 5,
            MarketplaceId = "EBAY_DE",
            TimeProvider = time,
            OrdersStartAt = Now.AddMinutes(-6),
            OrderInterval = TimeSpan.FromMinutes(1),
            RateLimit = SandboxRateLimit.Off,
            Faults = new EbayFaultPlan { OrderRecords = faults },
        });

    private static async Task<List<QuarantinedRecord>> PullQuarantinedAsync(EbayTestHost host, StoreAccount account)
    {
        var quarantined = new List<QuarantinedRecord>();
        await foreach (var page in host.Connector.PullOrdersAsync(account, null, CancellationToken.None))
        {
            quarantined.AddRange(page.Quarantined);
        }

        return quarantined;
    }

    private static async Task<List<CanonicalOrder>> PullOrdersAsync(EbayTestHost host, StoreAccount account)
    {
        var orders = new List<CanonicalOrder>();
        await foreach (var page in host.Connector.PullOrdersAsync(account, null, CancellationToken.None))
        {
            orders.AddRange(page.Items);
        }

        return orders;
    }
}

using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopConnectorTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_order_is_pulled_once_across_signed_pages_in_update_order()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 95));

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(Enumerable.Range(0, 95).Select(TikTokShopSandboxData.OrderId), ids);
        Assert.Equal(5, pages.Count);
        Assert.Equal(0, host.Sandbox.RefusedCount);
        Assert.All(pages.SelectMany(p => p.Items), o => Assert.Equal(o.Lines.Sum(l => l.Quantity), o.Lines.Sum(l => l.MarketplaceLineId.Split(',').Length)));
    }

    [Fact]
    public async Task A_pull_from_its_last_checkpoint_sees_only_what_changed_since()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 30), settings: new Dictionary<string, string?> { ["Connectors:TikTokShop:CheckpointOverlap"] = "00:00:00" });
        var first = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));
        var order = first.SelectMany(p => p.Items).First(o => o.Status == OrderStatus.ReadyToShip);
        host.Sandbox.Data.Ship(TikTokShopSandboxData.IndexOfOrder(order.MarketplaceOrderId)!.Value, "TRACK1", "1", Now);

        var second = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, first[^1].Checkpoint, default));

        // update_time_ge is inclusive: the newest order seen comes again beside the one that changed.
        var items = second.SelectMany(p => p.Items).ToList();
        Assert.Equal([TikTokShopSandboxData.OrderId(29), order.MarketplaceOrderId], items.Select(o => o.MarketplaceOrderId));
        var changed = items[1];
        Assert.Equal(OrderStatus.Shipped, changed.Status);
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_refused_by_the_sandbox_and_rejected()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 5), credentials: new Dictionary<string, string>
        {
            ["appSecret"] = "not_the_secret",
            ["accessToken"] = "TTP_sandbox_access",
            ["refreshToken"] = "TTP_sandbox_refresh",
        });

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default)));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Equal("106001", e.Code);
        Assert.Contains("Invalid signature", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.RequestCount);
    }

    [Fact]
    public async Task An_expiring_token_is_refreshed_once_for_concurrent_pulls_and_written_back()
    {
        // The connector reads expiry on its own clock (the system's here); two minutes is inside its refresh skew.
        var sandbox = Sandbox(orders: 10);
        var expiresAt = TimeProvider.System.GetUtcNow().AddMinutes(2).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var expiring = new Dictionary<string, string>(sandbox.Credentials()) { ["accessTokenExpiresAt"] = expiresAt };
        using var host = new TikTokShopTestHost(sandbox, expiring);

        var pulls = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default))));

        Assert.All(pulls, pages => Assert.Equal(10, pages.Sum(p => p.Items.Count)));
        Assert.Equal(1, sandbox.RefreshCount);
        Assert.Equal(1, host.Writer.Rotations);
        Assert.Equal("TTP_sandbox_access.1", host.Writer.Current["accessToken"]);
        Assert.Equal("TTP_sandbox_refresh.1", host.Writer.Current["refreshToken"]);
        Assert.Equal(Now.AddDays(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), host.Writer.Current["accessTokenExpiresAt"]);
    }

    [Fact]
    public async Task A_refused_token_of_unknown_expiry_is_refreshed_once_and_the_pull_goes_on()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 10, accessExpiresAt: Now.AddMinutes(-1)));

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(10, pages.Sum(p => p.Items.Count));
        Assert.Equal(1, host.Sandbox.RefreshCount);
        Assert.Equal(1, host.Sandbox.RefusedCount);
    }

    [Fact]
    public async Task A_revoked_authorization_fails_as_refused_with_tiktoks_reason()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 10));
        host.Sandbox.Authorization.Refuse();

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal("105003", e.Code);
        Assert.Contains("token is invalid or expired", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.Timeout)]
    public async Task A_transient_fault_on_a_page_is_retried_and_every_order_arrives_once(SandboxFault fault)
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 50, faults: new TikTokShopFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault> { [2] = fault },
            TimeoutDelay = TimeSpan.FromSeconds(2),
        }));

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(50, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Contains(host.Sandbox.Requests, r => r.Fault == fault);
    }

    [Theory]
    [InlineData(SandboxFault.TruncatedBody)]
    [InlineData(SandboxFault.MalformedJson)]
    public async Task A_cut_or_garbled_page_is_read_again(SandboxFault fault)
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 50, faults: new TikTokShopFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [1] = fault } }));

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(50, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Equal(fault, host.Sandbox.Requests[0].Fault);
    }

    [Fact]
    public async Task Pages_that_stay_garbled_fail_the_pull_as_malformed()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 50));
        host.Sandbox.Outage.Begin(SandboxFault.TruncatedBody);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default)));

        Assert.Equal(MarketplaceFailureKind.MalformedResponse, e.Kind);
    }

    [Fact]
    public async Task An_order_that_cannot_be_mapped_is_quarantined_with_its_raw_json_while_its_page_lands()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 20, faults: new TikTokShopFaultPlan
        {
            OrderRecords = new Dictionary<int, TikTokShopSandboxRecordFault> { [3] = TikTokShopSandboxRecordFault.BadAmount, [7] = TikTokShopSandboxRecordFault.UnknownCurrency },
        }));

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(18, pages.Sum(p => p.Items.Count));
        var quarantined = pages.SelectMany(p => p.Quarantined).ToList();
        Assert.Equal([TikTokShopSandboxData.OrderId(3), TikTokShopSandboxData.OrderId(7)], quarantined.Select(q => q.MarketplaceId));
        Assert.Contains("payment.total_amount", quarantined[0].Reason, StringComparison.Ordinal);
        Assert.Contains("\"XQX\"", quarantined[1].RawPayload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipment_ships_the_orders_package_once_with_tracking_and_provider_id()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 30));
        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));
        var order = pages.SelectMany(p => p.Items).First(o => o.Status == OrderStatus.ReadyToShip);
        var shipment = new Shipment
        {
            MarketplaceOrderId = order.MarketplaceOrderId,
            Lines = [.. order.Lines.Select(l => new ShipmentLine(l.MarketplaceLineId, l.Sku, l.Quantity))],
            Carrier = "DHL Express",
            TrackingNumber = "JD0146000012345",
            ShippedAt = Now,
        };

        var first = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), default);
        var again = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), default);

        var shipped = Assert.Single(host.Sandbox.Data.Shipments);
        var index = TikTokShopSandboxData.IndexOfOrder(order.MarketplaceOrderId)!.Value;
        Assert.Equal(TikTokShopSandboxData.PackageId(index), shipped.PackageId);
        Assert.Equal(("JD0146000012345", "6617675021119438849"), (shipped.TrackingNumber, shipped.ShippingProviderId));
        Assert.Equal(shipped.PackageId, first.MarketplaceReference);
        Assert.Equal(shipped.PackageId, again.MarketplaceReference);
    }

    [Fact]
    public async Task A_shipment_of_a_cancelled_order_is_rejected_with_tiktoks_code()
    {
        using var host = new TikTokShopTestHost(Sandbox(orders: 60));
        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));
        var order = pages.SelectMany(p => p.Items).First(o => o.Status == OrderStatus.Cancelled);
        var shipment = new Shipment
        {
            MarketplaceOrderId = order.MarketplaceOrderId,
            Lines = [.. order.Lines.Select(l => new ShipmentLine(l.MarketplaceLineId, l.Sku, l.Quantity))],
            Carrier = "123",
            TrackingNumber = "T1",
            ShippedAt = Now,
        };

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), default));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Equal("21011006", e.Code);
        Assert.Empty(host.Sandbox.Data.Shipments);
    }

    private static TikTokShopSandbox Sandbox(int orders, TikTokShopFaultPlan? faults = null, DateTimeOffset? accessExpiresAt = null) =>
        TikTokShopSandbox.Start(
            new TikTokShopSandboxOptions
            {
                OrderCount = orders,
                TimeProvider = new FakeTimeProvider(Now),
                Faults = faults ?? TikTokShopFaultPlan.None,
            },
            accessExpiresAt);
}

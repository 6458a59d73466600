using System.Net;
using System.Net.Http.Json;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeConnectorOrdersTests
{
    [Fact]
    public async Task A_backfill_walks_15_day_windows_and_lands_every_order_once()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 240, days: 45));

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(Enumerable.Range(0, 240).Select(host.Sandbox.Data.OrderSn).Order(StringComparer.Ordinal), ids.Distinct().Order(StringComparer.Ordinal));
        Assert.All(pages.SelectMany(p => p.Items), o => Assert.Equal("SGD", o.Currency));
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Error is not null);

        // 60 days of backfill in windows of at most 15 days: at least four get_order_list calls.
        Assert.True(host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.OrderList) >= 4);
    }

    [Fact]
    public async Task An_order_maps_from_the_sandbox_s_detail_with_its_lines_and_totals()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 20, days: 2));

        var order = (await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)))
            .SelectMany(p => p.Items).First(o => o.MarketplaceOrderId == host.Sandbox.Data.OrderSn(3));

        var wire = host.Sandbox.Data.Order(3);
        Assert.Equal(wire.TotalAmount, order.Totals.Total.Amount);
        Assert.Equal(wire.ItemList!.Count, order.Lines.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(wire.CreateTime), order.PlacedAt);
        Assert.Equal(wire.OrderStatus, order.MarketplaceStatus);
        Assert.NotEqual(OrderStatus.Unknown, order.Status);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_once_and_both_new_tokens_are_written_back()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 60, days: 20));
        host.Sandbox.ExpireAccessToken();

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(60, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Equal(1, host.Sandbox.RefreshCount);
        Assert.Equal(host.Sandbox.Tokens.AccessToken, host.Credentials.Stored[ShopeeConstants.AccessTokenCredential]);
        Assert.Equal(host.Sandbox.Tokens.RefreshToken, host.Credentials.Stored[ShopeeConstants.RefreshTokenCredential]);
        Assert.Equal(host.Sandbox.Options.PartnerKey, host.Credentials.Stored[ShopeeConstants.PartnerKeyCredential]);
    }

    [Fact]
    public async Task Concurrent_pulls_holding_the_same_stale_token_spend_the_single_use_refresh_token_once()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 30, days: 3));
        host.Sandbox.ExpireAccessToken();

        var pulls = Enumerable.Range(0, 4).Select(_ => ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));
        var results = await Task.WhenAll(pulls);

        Assert.All(results, pages => Assert.Equal(30, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count()));
        Assert.Equal(1, host.Sandbox.RefreshCount);
        Assert.Equal(1, host.Credentials.Rotations);
    }

    [Fact]
    public async Task A_wrong_partner_key_fails_as_refused_without_a_refresh()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 5, days: 1), partnerKey: "not-the-key");

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal("error_sign", e.Code);
        Assert.Contains("Wrong sign.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Credentials.Rotations);
    }

    [Fact]
    public async Task A_revoked_authorization_fails_as_refused_after_one_refresh_attempt_and_keeps_the_stored_tokens()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 5, days: 1));
        var before = host.Credentials.Stored;
        host.Sandbox.Authorization.Refuse();

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal("error_auth", e.Code);
        Assert.Same(before, host.Credentials.Stored);
        Assert.Equal(0, host.Sandbox.RefreshCount);
    }

    [Theory]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.MalformedJson)]
    [InlineData(SandboxFault.TruncatedBody)]
    public async Task A_transient_fault_is_retried_and_every_order_lands(SandboxFault fault)
    {
        var faults = new ShopeeFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [1] = fault, [2] = fault, [4] = fault } };
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 120, days: 5, faults: faults));

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(120, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Equal(3, host.Sandbox.Requests.Count(r => r.Fault == fault));
    }

    [Fact]
    public async Task A_bad_order_is_quarantined_while_the_rest_of_its_page_lands()
    {
        var faults = new ShopeeFaultPlan { OrderRecords = new Dictionary<int, ShopeeSandboxRecordFault> { [2] = ShopeeSandboxRecordFault.UnknownCurrency, [9] = ShopeeSandboxRecordFault.MissingTotal } };
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 30, days: 2, faults: faults));

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(28, pages.SelectMany(p => p.Items).Count());
        var quarantined = pages.SelectMany(p => p.Quarantined).ToList();
        Assert.Equal([host.Sandbox.Data.OrderSn(2), host.Sandbox.Data.OrderSn(9)], quarantined.Select(q => q.MarketplaceId));
        Assert.Contains("ZZZ", quarantined[0].Reason, StringComparison.Ordinal);
        Assert.Contains("total_amount", quarantined[1].Reason, StringComparison.Ordinal);
    }
}

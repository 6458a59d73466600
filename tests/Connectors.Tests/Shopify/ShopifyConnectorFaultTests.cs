using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Mapping;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyConnectorFaultTests
{
    private static ShopifySandboxOptions Options(ShopifyFaultPlan faults, int orders = 60) => new()
    {
        Seed = 11,
        OrderCount = orders,
        Throttle = ShopifySandboxThrottle.Off,
        Faults = faults,
    };

    [Theory]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.InternalServerError)]
    [InlineData(SandboxFault.BadGateway)]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.Timeout)]
    [InlineData(SandboxFault.MalformedJson)]
    [InlineData(SandboxFault.TruncatedBody)]
    public async Task Every_order_arrives_exactly_once_despite_transient_faults(SandboxFault fault)
    {
        var plan = new ShopifyFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault> { [2] = fault, [3] = fault, [5] = fault },
            TimeoutDelay = TimeSpan.FromMilliseconds(1500),
            RetryAfterSeconds = 0,
        };
        // The per-attempt timeout is short only here, where a held-back answer is the fault under test.
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(plan)), settings: new Dictionary<string, string?> { ["Connectors:Shopify:AttemptTimeout"] = "00:00:00.400" });

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(host.Sandbox.Data.VisibleOrderIds(DateTimeOffset.MaxValue).Order(), ids.Order());
        Assert.Contains(host.Sandbox.Requests, r => r.Fault == fault);
    }

    [Fact]
    public async Task A_quarantined_payload_is_exactly_its_own_node_cut_from_the_page()
    {
        var plan = new ShopifyFaultPlan
        {
            OrderRecords = new Dictionary<int, ShopifySandboxRecordFault>
            {
                [3] = ShopifySandboxRecordFault.BadAmount,
                [4] = ShopifySandboxRecordFault.UnknownCurrency,
            },
        };
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(plan, 10)));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var quarantined = pages.SelectMany(p => p.Quarantined).OrderBy(q => q.MarketplaceId, StringComparer.Ordinal).ToList();
        Assert.Equal([ShopifySandboxData.OrderId(3), ShopifySandboxData.OrderId(4)], quarantined.Select(q => q.MarketplaceId));
        Assert.All(quarantined, q =>
        {
            using var node = JsonDocument.Parse(q.RawPayload);
            Assert.Equal(JsonValueKind.Object, node.RootElement.ValueKind);
            Assert.Equal(q.MarketplaceId, node.RootElement.GetProperty("id").GetString());
            Assert.StartsWith("{", q.RawPayload, StringComparison.Ordinal);
            Assert.EndsWith("}", q.RawPayload, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(ShopifySandboxData.OrderId(4), quarantined[0].RawPayload, StringComparison.Ordinal);
        Assert.DoesNotContain(ShopifySandboxData.OrderId(3), quarantined[1].RawPayload, StringComparison.Ordinal);
        Assert.Equal(8, pages.SelectMany(p => p.Items).Count());
    }

    [Fact]
    public async Task Malformed_records_are_quarantined_with_raw_payload_and_reason_while_the_page_lands()
    {
        var plan = new ShopifyFaultPlan
        {
            OrderRecords = new Dictionary<int, ShopifySandboxRecordFault>
            {
                [3] = ShopifySandboxRecordFault.BadAmount,
                [4] = ShopifySandboxRecordFault.UnknownCurrency,
                [5] = ShopifySandboxRecordFault.MissingId,
                [6] = ShopifySandboxRecordFault.UnknownCountry,
                [7] = ShopifySandboxRecordFault.UnknownEnumValue,
            },
        };
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(plan, 20)));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var quarantined = pages.SelectMany(p => p.Quarantined).ToList();
        Assert.Equal(4, quarantined.Count);
        Assert.Contains(quarantined, q => q.MarketplaceId == ShopifySandboxData.OrderId(3) && q.Reason.Contains("totalPriceSet", StringComparison.Ordinal) && q.RawPayload.Contains("12,34.5x", StringComparison.Ordinal));
        Assert.Contains(quarantined, q => q.MarketplaceId == ShopifySandboxData.OrderId(4) && q.Reason.Contains("XQQ", StringComparison.Ordinal));
        Assert.Contains(quarantined, q => q.MarketplaceId is null && q.Reason.Contains("no id", StringComparison.Ordinal) && q.RawPayload.Contains("#1006", StringComparison.Ordinal));
        Assert.Contains(quarantined, q => q.MarketplaceId == ShopifySandboxData.OrderId(6) && q.Reason.Contains("QQ", StringComparison.Ordinal));
        Assert.All(quarantined, q => JsonDocument.Parse(q.RawPayload).Dispose());

        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(16, items.Count);
        var unknown = items.Single(o => o.MarketplaceOrderId == ShopifySandboxData.OrderId(7));
        Assert.Contains("PARTIALLY_AUTHORIZED_LATER", unknown.MarketplaceStatus, StringComparison.Ordinal);
        Assert.Contains(pages.SelectMany(p => p.Issues), i => i.MarketplaceId == unknown.MarketplaceOrderId && i.Field == ShopifyOrderStatusTable.FinancialField && i.Value == "PARTIALLY_AUTHORIZED_LATER");
    }

    [Fact]
    public async Task A_well_behaved_client_waits_for_the_bucket_and_is_never_throttled()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var sandbox = ShopifySandbox.Start(Options(ShopifyFaultPlan.None, 150) with
        {
            TimeProvider = time,
            Throttle = new ShopifySandboxThrottle { MaximumAvailable = 1000, RestoreRate = 50 },
        });
        using var host = new ShopifyTestHost(sandbox, time, new Dictionary<string, string?> { ["Connectors:Shopify:AttemptTimeout"] = "00:10:00" });

        var pages = await ShopifyTestHost.PumpAsync(time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(150, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Equal(0, sandbox.ThrottledCount);
        Assert.True(time.GetUtcNow() > new DateTimeOffset(2026, 11, 25, 0, 0, 30, TimeSpan.Zero), "the pull should have waited for the bucket to refill");
        var waited = pages.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.ThrottleWait);
        Assert.InRange(waited, TimeSpan.FromSeconds(10), time.GetUtcNow() - new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_throttled_answer_is_waited_out_and_retried()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var sandbox = ShopifySandbox.Start(Options(ShopifyFaultPlan.None, 80) with
        {
            TimeProvider = time,
            Throttle = new ShopifySandboxThrottle { MaximumAvailable = 1000, RestoreRate = 50 },
        });
        using var host = new ShopifyTestHost(sandbox, time, new Dictionary<string, string?> { ["Connectors:Shopify:AttemptTimeout"] = "00:10:00" });
        using var other = new HttpClient { BaseAddress = sandbox.Url };
        other.DefaultRequestHeaders.Add(ShopifyConstants.AccessTokenHeader, sandbox.Options.AccessToken);

        var ids = await ShopifyTestHost.PumpAsync(time, async () =>
        {
            var seen = new List<string>();
            await foreach (var page in host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))
            {
                seen.AddRange(page.Items.Select(o => o.MarketplaceOrderId));
                if (seen.Count == page.Items.Count)
                {
                    // Another process of the same app drains the store's bucket behind the connector's back.
                    var drain = new { query = "query { orders(first: 60) { edges { node { id shippingAddress { city } } } } }" };
                    using var response = await other.PostAsJsonAsync(ShopifyConstants.GraphQLPath, drain);
                }
            }

            return seen;
        });

        Assert.Equal(80, ids.Distinct().Count());
        Assert.Equal(80, ids.Count);
        Assert.True(sandbox.ThrottledCount >= 1);
    }

    [Fact]
    public async Task Sandbox_refuses_a_field_shopify_does_not_have()
    {
        using var sandbox = ShopifySandbox.Start(Options(ShopifyFaultPlan.None, 1));
        using var http = new HttpClient { BaseAddress = sandbox.Url };
        http.DefaultRequestHeaders.Add(ShopifyConstants.AccessTokenHeader, sandbox.Options.AccessToken);

        using var response = await http.PostAsJsonAsync(ShopifyConstants.GraphQLPath, new { query = "query { orders(first: 1) { edges { node { id weight } } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal(ShopifyConstants.ErrorCodes.UndefinedField, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("'weight'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Sandbox_charges_the_actual_cost_and_refunds_the_rest_like_shopify()
    {
        using var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 11,
            OrderCount = 3,
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Throttle = ShopifySandboxThrottle.Standard,
        });
        using var http = new HttpClient { BaseAddress = sandbox.Url };
        http.DefaultRequestHeaders.Add(ShopifyConstants.AccessTokenHeader, sandbox.Options.AccessToken);

        using var response = await http.PostAsJsonAsync(ShopifyConstants.GraphQLPath, new { query = "query { orders(first: 10) { edges { node { id lineItems(first: 5) { edges { node { id } } } } } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Requested: 2 + 10 × (order 1 + line items 2 + 5 × 1). Actual: only the 3 orders and their line items returned.
        var cost = body.RootElement.GetProperty("extensions").GetProperty("cost");
        var actual = 2 + Enumerable.Range(0, 3).Sum(i => 1 + 2 + sandbox.Data.LineItemCount(i));
        Assert.Equal(82, cost.GetProperty("requestedQueryCost").GetInt32());
        Assert.Equal(actual, cost.GetProperty("actualQueryCost").GetInt32());
        Assert.Equal(ShopifySandboxThrottle.Standard.MaximumAvailable - actual, cost.GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetDouble());
        Assert.Equal(actual, sandbox.ChargedPoints);
    }

    [Fact]
    public async Task Sandbox_refuses_a_query_over_the_single_query_cost_limit()
    {
        using var sandbox = ShopifySandbox.Start(Options(ShopifyFaultPlan.None, 1));
        using var http = new HttpClient { BaseAddress = sandbox.Url };
        http.DefaultRequestHeaders.Add(ShopifyConstants.AccessTokenHeader, sandbox.Options.AccessToken);

        using var response = await http.PostAsJsonAsync(ShopifyConstants.GraphQLPath, new { query = "query { orders(first: 250) { edges { node { id lineItems(first: 50) { edges { node { id } } } } } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(ShopifyConstants.ErrorCodes.MaxCostExceeded, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Order_status_words_are_kept_for_support()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(ShopifyFaultPlan.None, 40)));

        var orders = (await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        Assert.All(orders, o => Assert.Matches("^[A-Z_]+/[A-Z_]+(/[A-Z_]+)?$", o.MarketplaceStatus));
        Assert.DoesNotContain(orders, o => o.Status == OrderStatus.Unknown);
    }
}

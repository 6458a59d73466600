using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Shopify.Bulk;

public sealed class ShopifyBulkResumeTests
{
    [Fact]
    public async Task The_next_sync_goes_on_from_the_bulk_watermark_and_picks_up_what_changed_while_the_bulk_ran()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 59, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        var options = BulkTestHost.Options(200) with
        {
            TimeProvider = time,
            Bulk = new ShopifySandboxBulk { RunFor = TimeSpan.FromMinutes(30) },
        };
        using var host = BulkTestHost.Start(options, time: time, pollInterval: "00:01:00");

        // The first page stores the started operation's id; the clock moves only once its answer is in.
        var bulkPages = new List<SourcePage<Mapping.Canonical.CanonicalOrder>>();
        await using var pull = host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await pull.MoveNextAsync());
        bulkPages.Add(pull.Current);

        // While the operation runs: ten orders arrive, then order 3 changes; the operation completes 30 minutes in.
        time.Advance(TimeSpan.FromMinutes(10));
        host.Sandbox.Data.TouchOrder(3, time.GetUtcNow());
        var changedAt = time.GetUtcNow();
        var backfill = Task.Run(async () =>
        {
            while (await pull.MoveNextAsync())
            {
                bulkPages.Add(pull.Current);
            }
        });
        while (!backfill.IsCompleted)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(backfill, Task.Delay(5));
        }

        await backfill;
        var snapshot = bulkPages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Select(ShopifySandboxData.OrderId).Order(), snapshot.Order());
        Assert.True(WatermarkCheckpoint.Parse(bulkPages[^1].Checkpoint).UpdatedAt <= start);

        var next = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, bulkPages[^1].Checkpoint, CancellationToken.None));

        var incremental = next.SelectMany(p => p.Items).ToList();
        var changed = Assert.Single(incremental, o => o.MarketplaceOrderId == ShopifySandboxData.OrderId(3));
        Assert.Equal(changedAt, changed.UpdatedAt);
        Assert.Contains("/FULFILLED", changed.MarketplaceStatus, StringComparison.Ordinal);

        // The orders created while the bulk ran (before the change the snapshot saw) are read too.
        var visible = host.Sandbox.Data.VisibleOrderIds(time.GetUtcNow()).ToList();
        Assert.Equal(visible.Order(), snapshot.Concat(incremental.Select(o => o.MarketplaceOrderId)).Distinct().Order());
        Assert.Contains(ShopifySandboxData.OrderId(60), incremental.Select(o => o.MarketplaceOrderId));
        Assert.Single(host.Sandbox.BulkOperations);
    }

    [Fact]
    public async Task A_run_stopped_mid_stream_resumes_the_same_operation_after_the_records_it_landed()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(50), pageSize: 10);
        var first = new List<SourcePage<Mapping.Canonical.CanonicalOrder>>();
        await foreach (var page in host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))
        {
            first.Add(page);
            if (first.Count == 3)
            {
                break;
            }
        }

        var rest = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, first[^1].Checkpoint, CancellationToken.None));

        var ids = first.Concat(rest).SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(host.Sandbox.Data.VisibleOrderIds(DateTimeOffset.MaxValue).Order(), ids.Order());
        var operation = Assert.Single(host.Sandbox.BulkOperations);
        Assert.Equal(2, operation.Downloads);
        Assert.Contains("\"bulk\"", first[0].Checkpoint, StringComparison.Ordinal);
        Assert.Empty(first[0].Items);
    }

    [Fact]
    public async Task A_run_stopped_while_the_operation_runs_polls_the_same_operation_again()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(20) with { Bulk = new ShopifySandboxBulk { RunningPolls = 3 } });
        string? checkpoint = null;
        await foreach (var page in host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))
        {
            checkpoint = page.Checkpoint;
            break;
        }

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, checkpoint, CancellationToken.None));

        Assert.Equal(20, pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Single(host.Sandbox.BulkOperations);
        Assert.Single(host.Sandbox.Requests, r => r.RootFields == "bulkOperationRunQuery");
    }
}

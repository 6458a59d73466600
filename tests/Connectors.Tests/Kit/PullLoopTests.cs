using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class PullLoopTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_record_that_fails_is_quarantined_with_its_payload_and_reason_and_its_partial_rows_are_taken_back()
    {
        var market = new FakeMarketplace([new FakeRecord("a", T0, Rows: 2), new FakeRecord("b", T0, Rows: 3, Broken: true), new FakeRecord("c", T0)]);

        var pages = await CollectAsync(market.Pull(), new WatermarkCursor(null, TimeSpan.FromMinutes(5)));

        var page = Assert.Single(pages);
        Assert.Equal(["page0:a:0", "page0:a:1", "page0:c:0"], page.Items);
        Assert.Equal(["a", "a", "c"], page.Issues.Select(i => i.MarketplaceId));
        var quarantined = Assert.Single(page.Quarantined);
        Assert.Equal(("b", "{\"id\":\"b\"}", "Order could not be mapped: b has no currency."), (quarantined.MarketplaceId, quarantined.RawPayload, quarantined.Reason));
    }

    [Fact]
    public async Task A_failure_that_is_not_the_records_own_ends_the_pull()
    {
        var pull = new FakeMarketplace([new FakeRecord("a", T0)]).Pull() with
        {
            Map = (_, _, _, _, _) => throw new MarketplaceException(MarketplaceFailureKind.Unavailable, "fake", null, "down"),
        };

        var failure = await Assert.ThrowsAsync<MarketplaceException>(() => CollectAsync(pull, new WatermarkCursor(null, TimeSpan.Zero)));

        Assert.Equal(MarketplaceFailureKind.Unavailable, failure.Kind);
    }

    [Fact]
    public async Task The_watermark_is_the_newest_updated_at_seen_and_the_next_run_reads_from_the_overlap_before_it()
    {
        var market = new FakeMarketplace(
            [new FakeRecord("a", T0.AddMinutes(3)), new FakeRecord("b", T0.AddMinutes(9), Broken: true)],
            [new FakeRecord("c", T0.AddMinutes(7)), new FakeRecord("d", null)]);

        var pages = await CollectAsync(market.Pull(), new WatermarkCursor(null, TimeSpan.FromMinutes(5)));

        // A quarantined record still moves the watermark: it was read, and will be read again only if it changes.
        Assert.Equal(new WatermarkCheckpoint(T0.AddMinutes(9)).ToString(), pages[0].Checkpoint);
        Assert.Equal(new WatermarkCheckpoint(T0.AddMinutes(9)).ToString(), pages[1].Checkpoint);
        Assert.Equal([new PageQuery(null, null, null), new PageQuery(null, null, "p1")], market.Queries);

        var next = new WatermarkCursor(pages[^1].Checkpoint, TimeSpan.FromMinutes(5));
        Assert.Equal(new PageQuery(T0.AddMinutes(4), null, null), next.Next);
    }

    [Fact]
    public async Task Pages_not_ordered_by_updated_at_keep_the_start_filter_and_page_token_until_the_last_page()
    {
        var market = new FakeMarketplace([new FakeRecord("a", T0.AddMinutes(30))], [new FakeRecord("b", T0.AddMinutes(20))]);
        var start = new WatermarkCheckpoint(T0).ToString();

        var pages = await CollectAsync(market.Pull(), new WatermarkCursor(start, TimeSpan.FromMinutes(5), pagesOrderedByUpdatedAt: false));

        Assert.Equal(new WatermarkCheckpoint(T0.AddMinutes(30), T0.AddMinutes(-5), "p1").ToString(), pages[0].Checkpoint);
        Assert.Equal(new WatermarkCheckpoint(T0.AddMinutes(30)).ToString(), pages[1].Checkpoint);

        // A run that failed after the first page resumes from the same filter and the page after it.
        var resumed = new WatermarkCursor(pages[0].Checkpoint, TimeSpan.FromMinutes(5), pagesOrderedByUpdatedAt: false);
        Assert.Equal(new PageQuery(T0.AddMinutes(-5), null, "p1"), resumed.Next);
    }

    [Fact]
    public void A_watermark_checkpoint_reads_back_what_it_wrote_and_refuses_what_it_did_not()
    {
        var checkpoint = new WatermarkCheckpoint(T0, T0.AddDays(-1), "cursor==");

        Assert.Equal(checkpoint, WatermarkCheckpoint.Parse(checkpoint.ToString()));
        Assert.Equal("{\"updatedAt\":\"2026-11-01T12:00:00+00:00\",\"since\":null,\"after\":null}", new WatermarkCheckpoint(T0).ToString());
        Assert.Throws<ArgumentException>(() => WatermarkCheckpoint.Parse("not json"));
    }

    [Fact]
    public async Task Each_page_reports_the_time_its_fetch_waited_for_rate_budget()
    {
        var market = new FakeMarketplace([new FakeRecord("a", T0)], [new FakeRecord("b", T0)]);

        var pages = await CollectAsync(market.Pull(), new WatermarkCursor(null, TimeSpan.Zero));

        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], pages.Select(p => p.ThrottleWait));
    }

    internal static async Task<List<SourcePage<string>>> CollectAsync(RecordPull<FakeRecord, string, string> pull, PullCursor cursor)
    {
        var pages = new List<SourcePage<string>>();
        await foreach (var page in PullLoop.PullAsync(pull, cursor, NullLogger.Instance, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }
}

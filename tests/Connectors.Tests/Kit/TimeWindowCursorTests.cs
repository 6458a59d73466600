using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class TimeWindowCursorTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Now is 40 days and 6 hours after the backfill start; with a 2-minute lag the horizon is 40d 5h 58m.
    private static readonly DateTimeOffset Now = From.AddDays(40).AddHours(6);

    private static readonly TimeWindowOptions Shopee = new(From, TimeSpan.FromDays(15), TimeSpan.FromMinutes(2));

    [Fact]
    public void A_backfill_walks_consecutive_windows_of_at_most_the_maximum_up_to_now_minus_the_lag()
    {
        var cursor = new TimeWindowCursor(null, Shopee, new FakeTimeProvider(Now));

        var windows = new List<PageQuery>();
        while (cursor.Next is { } query)
        {
            windows.Add(query);
            cursor.PageDone(null, hasMore: false);
        }

        Assert.Equal(
            [
                new PageQuery(From, From.AddDays(15), null),
                new PageQuery(From.AddDays(15), From.AddDays(30), null),
                new PageQuery(From.AddDays(30), Now.AddMinutes(-2), null),
            ],
            windows);
    }

    [Fact]
    public void Pages_inside_a_window_keep_the_window_and_a_failed_run_resumes_inside_it()
    {
        var time = new FakeTimeProvider(Now);
        var cursor = new TimeWindowCursor(null, Shopee, time);
        cursor.PageDone(null, hasMore: false);

        var checkpoint = cursor.PageDone("token-2", hasMore: true);

        Assert.Equal(new WindowCheckpoint(From.AddDays(15), From.AddDays(30), "token-2"), WindowCheckpoint.Parse(checkpoint));
        Assert.Equal(new PageQuery(From.AddDays(15), From.AddDays(30), "token-2"), cursor.Next);

        // The run fails here; the next run, an hour later, carries on in the same window from the same token.
        time.Advance(TimeSpan.FromHours(1));
        var resumed = new TimeWindowCursor(checkpoint, Shopee, time);
        Assert.Equal(new PageQuery(From.AddDays(15), From.AddDays(30), "token-2"), resumed.Next);
        resumed.PageDone(null, hasMore: false);
        Assert.Equal(new PageQuery(From.AddDays(30), Now.AddHours(1).AddMinutes(-2), null), resumed.Next);
    }

    [Fact]
    public async Task Empty_windows_are_walked_through_and_each_one_moves_the_checkpoint()
    {
        var market = new FakeMarketplace { PagesFor = (query, _) => query.UpdatedFrom == From.AddDays(15) ? [[new FakeRecord("x", From.AddDays(16))]] : [] };

        var pages = await PullLoopTests.CollectAsync(market.Pull(), new TimeWindowCursor(null, Shopee, new FakeTimeProvider(Now)));

        Assert.Equal([0, 1, 0], pages.Select(p => p.Items.Count));
        Assert.Equal(
            [
                new WindowCheckpoint(From, From.AddDays(15)),
                new WindowCheckpoint(From.AddDays(15), From.AddDays(30)),
                new WindowCheckpoint(From.AddDays(30), Now.AddMinutes(-2)),
            ],
            pages.Select(p => WindowCheckpoint.Parse(p.Checkpoint)));
    }

    [Fact]
    public async Task A_run_that_fails_mid_window_is_resumed_by_the_next_run_from_the_same_window_and_page()
    {
        var time = new FakeTimeProvider(Now);
        var failing = new FakeMarketplace
        {
            PagesFor = (query, count) => count == 3
                ? throw new MarketplaceException(MarketplaceFailureKind.Unavailable, "fake", null, "down")
                : [[new FakeRecord($"{query.UpdatedFrom:MMdd}-1", query.UpdatedFrom)], [new FakeRecord($"{query.UpdatedFrom:MMdd}-2", query.UpdatedFrom)]],
        };
        var seen = new List<SourcePage<string>>();
        await Assert.ThrowsAsync<MarketplaceException>(async () =>
        {
            await foreach (var page in PullLoop.PullAsync(failing.Pull(), new TimeWindowCursor(null, Shopee, time), NullLogger.Instance, CancellationToken.None))
            {
                seen.Add(page);
            }
        });

        // Window 1 was read whole (two pages); the first page of window 2 failed, so its checkpoint is window 1's end.
        Assert.Equal(new WindowCheckpoint(From, From.AddDays(15)), WindowCheckpoint.Parse(seen[^1].Checkpoint));

        var resumed = new FakeMarketplace { PagesFor = (_, _) => [[new FakeRecord("a", null)], [new FakeRecord("b", null)]] };
        var pages = await PullLoopTests.CollectAsync(resumed.Pull(), new TimeWindowCursor(seen[^1].Checkpoint, Shopee, time));

        Assert.Equal(new PageQuery(From.AddDays(15), From.AddDays(30), null), resumed.Queries[0]);
        Assert.Equal(new PageQuery(From.AddDays(15), From.AddDays(30), "p1"), resumed.Queries[1]);
        Assert.Equal(new WindowCheckpoint(From.AddDays(15), From.AddDays(30), "p1"), WindowCheckpoint.Parse(pages[0].Checkpoint));
        Assert.Equal(new WindowCheckpoint(From.AddDays(30), Now.AddMinutes(-2)), WindowCheckpoint.Parse(pages[^1].Checkpoint));
    }

    [Fact]
    public void The_next_run_starts_where_the_last_window_ended_less_the_overlap_and_a_run_with_nothing_new_reads_nothing()
    {
        var options = Shopee with { Overlap = TimeSpan.FromMinutes(10) };
        var done = new WindowCheckpoint(From.AddDays(30), Now.AddMinutes(-2)).ToString();

        var later = new TimeWindowCursor(done, options, new FakeTimeProvider(Now.AddHours(3)));
        Assert.Equal(new PageQuery(Now.AddMinutes(-12), Now.AddHours(3).AddMinutes(-2), null), later.Next);
        later.PageDone(null, hasMore: false);
        Assert.Null(later.Next);

        var tooSoon = new TimeWindowCursor(new WindowCheckpoint(From, Now.AddMinutes(-2)).ToString(), Shopee, new FakeTimeProvider(Now));
        Assert.Null(tooSoon.Next);
    }

    [Fact]
    public void A_window_is_never_longer_than_the_maximum_even_when_resumed_after_a_long_pause()
    {
        var done = new WindowCheckpoint(From, From.AddDays(1)).ToString();
        var cursor = new TimeWindowCursor(done, Shopee, new FakeTimeProvider(Now));

        var lengths = new List<TimeSpan>();
        while (cursor.Next is { } query)
        {
            lengths.Add(query.UpdatedTo!.Value - query.UpdatedFrom!.Value);
            cursor.PageDone(null, hasMore: false);
        }

        Assert.All(lengths, l => Assert.InRange(l, TimeSpan.FromTicks(1), TimeSpan.FromDays(15)));
        Assert.Equal(Now.AddMinutes(-2) - From.AddDays(1), lengths.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public void A_checkpoint_that_is_not_a_window_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TimeWindowCursor("{\"updatedAt\":null}", Shopee, new FakeTimeProvider(Now)));
        Assert.Throws<ArgumentException>(() => WindowCheckpoint.Parse(new WindowCheckpoint(Now, From).ToString()));
    }
}

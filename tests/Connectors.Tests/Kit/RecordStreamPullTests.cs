using System.Globalization;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Rules;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class RecordStreamPullTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_stream_is_pulled_in_pages_whose_checkpoints_hold_the_position_and_the_last_says_it_is_done()
    {
        var pages = await PullAsync(Stream(7), position: 0, pageSize: 3);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(["3:False", "6:False", "7:True"], pages.Select(p => p.Checkpoint));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"r{i}"), pages.SelectMany(p => p.Items));
    }

    [Fact]
    public async Task A_resumed_stream_skips_the_records_an_earlier_run_landed()
    {
        var pages = await PullAsync(Stream(7), position: 5, pageSize: 3);

        Assert.Equal(["r5", "r6"], pages.SelectMany(p => p.Items));
        Assert.Equal("7:True", Assert.Single(pages).Checkpoint);
    }

    [Fact]
    public async Task A_bad_record_in_the_stream_is_quarantined_and_the_rest_lands()
    {
        var pages = await PullAsync(Stream(4), position: 0, pageSize: 10, broken: "r2");

        var page = Assert.Single(pages);
        Assert.Equal(["r0", "r1", "r3"], page.Items);
        Assert.Equal("r2", Assert.Single(page.Quarantined).MarketplaceId);
    }

    [Fact]
    public async Task A_stream_shorter_than_the_landed_position_is_an_error_not_a_silent_restart()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => PullAsync(Stream(2), position: 5, pageSize: 3));
    }

    private static async IAsyncEnumerable<string> Stream(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return $"r{i}";
        }
    }

    private static async Task<List<SourcePage<string>>> PullAsync(IAsyncEnumerable<string> stream, long position, int pageSize, string? broken = null)
    {
        await using var source = new RecordStreamPages<string, string>(stream, "context", pageSize);
        var pull = new RecordPull<string, string, string>(
            "fake",
            "order",
            source.FetchAsync,
            (record, _, items, _, _) => record == broken ? throw new MappingException($"{record} is broken.") : Add(items, record),
            record => record,
            record => T0.AddMinutes(int.Parse(record[1..], CultureInfo.InvariantCulture)),
            record => record);
        var cursor = new StreamCursor(position, null, progress => string.Create(CultureInfo.InvariantCulture, $"{progress.Position}:{progress.Done}"));
        var pages = new List<SourcePage<string>>();
        await foreach (var page in PullLoop.PullAsync(pull, cursor, NullLogger.Instance, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    private static ValueTask Add(List<string> items, string record)
    {
        items.Add(record);
        return ValueTask.CompletedTask;
    }
}

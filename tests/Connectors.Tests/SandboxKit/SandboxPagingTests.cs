using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxPagingTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Key(int index) => Start + TimeSpan.FromMinutes(index);

    private static List<int> ReadAll(int count, SandboxKey[] moved, SandboxWindow window, int pageSize)
    {
        var seen = new List<int>();
        SandboxKey? after = null;
        while (true)
        {
            var (page, hasNext) = SandboxPaging.Page(count, Key, moved, window, after, pageSize);
            Assert.True(page.Count <= pageSize);
            seen.AddRange(page.Select(k => k.Index));
            if (!hasNext)
            {
                return seen;
            }

            after = SandboxCursor.Decode(SandboxCursor.Encode(page[^1]));
        }
    }

    [Fact]
    public void Paging_from_cursor_to_cursor_visits_every_record_once_in_order()
    {
        var seen = ReadAll(10_007, [], SandboxWindow.All, 250);

        Assert.Equal(Enumerable.Range(0, 10_007), seen);
    }

    [Fact]
    public void A_touched_record_leaves_its_place_and_comes_last()
    {
        var moved = new[] { new SandboxKey(Key(99) + TimeSpan.FromHours(1), 3) };

        var seen = ReadAll(100, moved, SandboxWindow.All, 7);

        Assert.Equal(Enumerable.Range(0, 100).Where(i => i != 3).Append(3), seen);
    }

    [Fact]
    public void A_window_keeps_only_records_updated_inside_it()
    {
        var window = new SandboxWindow(Key(10), FromInclusive: false, Until: Key(20));

        var seen = ReadAll(100, [], window, 4);

        Assert.Equal(Enumerable.Range(11, 9), seen);
    }

    [Fact]
    public void An_inclusive_window_start_keeps_the_record_at_the_boundary()
    {
        var (page, _) = SandboxPaging.Page(100, Key, [], new SandboxWindow(Key(10)), null, 1);

        Assert.Equal(10, Assert.Single(page).Index);
    }

    [Fact]
    public void A_page_deep_into_ten_million_records_is_found_without_generating_the_rest()
    {
        var generated = 0;
        DateTimeOffset Counting(int index)
        {
            generated++;
            return Key(index);
        }

        var (page, hasNext) = SandboxPaging.Page(10_000_000, Counting, [], SandboxWindow.All, new SandboxKey(Key(9_000_000), 9_000_000), 50);

        Assert.Equal(Enumerable.Range(9_000_001, 50), page.Select(k => k.Index));
        Assert.True(hasNext);
        Assert.True(generated < 500, $"{generated} keys computed");
    }
}

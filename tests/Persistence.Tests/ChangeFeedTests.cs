using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Tests.Infrastructure;

namespace CrossBorderHub.Persistence.Tests;

public sealed class ChangeFeedTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Pages_follow_the_sequence_and_an_empty_page_returns_the_position_asked_for(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var orders = Enumerable.Range(1, 7).Select(i => Build.Order($"O{i}")).ToArray();
        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c", orders), None);

        var seen = new List<OrderView>();
        var after = 0L;
        var pages = 0;
        while (true)
        {
            var page = await db.Feed.ReadOrdersAsync(after, 3, null, None);
            if (page.Items.Count == 0)
            {
                Assert.Equal(after, page.Last);
                break;
            }

            Assert.Equal(page.Items[^1].Sequence, page.Last);
            seen.AddRange(page.Items);
            after = page.Last;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(orders.Select(o => o.MarketplaceOrderId).Order(), seen.Select(v => v.Order.MarketplaceOrderId).Order());
        Assert.Equal(seen.Select(v => v.Sequence).Order(), seen.Select(v => v.Sequence));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_store_filter_returns_only_that_stores_changes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = await db.CreateStoreAsync("First");
        var second = await db.CreateStoreAsync("Second");
        await db.Store.WriteOrdersAsync(Build.Page(first, SyncEntity.Orders, "c", Build.Order("A"), Build.Order("B")), None);
        await db.Store.WriteOrdersAsync(Build.Page(second, SyncEntity.Orders, "c", Build.Order("A")), None);
        await db.Store.WriteOrdersAsync(Build.Page(first, SyncEntity.Orders, "c", Build.Order("C")), None);

        var page = await db.Feed.ReadOrdersAsync(0, 10, first, None);

        Assert.Equal(["A", "B", "C"], page.Items.Select(o => o.Order.MarketplaceOrderId).Order());
        Assert.All(page.Items, o => Assert.Equal(first, o.StoreId));
        Assert.Equal(4, (await db.Feed.ReadOrdersAsync(0, 10, null, None)).Items.Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_changed_record_moves_to_the_end_of_the_feed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c", Build.Order("A"), Build.Order("B")), None);
        var before = await db.Feed.ReadOrdersAsync(0, 10, store, None);

        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c", Build.Order("A", Build.T0.AddMinutes(1), OrderStatus.Shipped)), None);

        var after = await db.Feed.ReadOrdersAsync(before.Last, 10, store, None);
        var changed = Assert.Single(after.Items);
        Assert.Equal(("A", OrderStatus.Shipped), (changed.Order.MarketplaceOrderId, changed.Order.Status));
        var all = (await db.Feed.ReadOrdersAsync(0, 10, store, None)).Items;
        Assert.Equal(["B", "A"], all.Select(o => o.Order.MarketplaceOrderId));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_reader_following_the_feed_while_writers_commit_concurrently_sees_every_change_exactly_once(DatabaseProvider provider)
    {
        const int writers = 4;
        const int pagesPerWriter = 25;
        const int ordersPerPage = 20;
        await using var db = await TestDatabase.CreateAsync(provider);
        var stores = new List<Guid>();
        for (var i = 0; i < writers; i++)
        {
            stores.Add(await db.CreateStoreAsync($"Writer {i}"));
        }

        var writing = Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            for (var page = 0; page < pagesPerWriter; page++)
            {
                var orders = Enumerable.Range(0, ordersPerPage).Select(i => Build.Order($"{page:D3}-{i:D3}")).ToArray();
                await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, $"p{page}", orders), None);
            }
        })));

        var seen = new Dictionary<(Guid, string), int>();
        var after = 0L;
        var writersDone = false;
        while (true)
        {
            // Read once more after the writers finish, so the last commits are drained.
            writersDone = writersDone || writing.IsCompleted;
            var page = await db.Feed.ReadOrdersAsync(after, 7, null, None);
            foreach (var item in page.Items)
            {
                Assert.True(item.Sequence > after, "sequences must increase along the feed");
                after = item.Sequence;
                var key = (item.StoreId, item.Order.MarketplaceOrderId);
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }

            if (page.Items.Count == 0)
            {
                if (writersDone)
                {
                    break;
                }

                await Task.Yield();
            }
        }

        await writing;
        Assert.Equal(writers * pagesPerWriter * ordersPerPage, seen.Count);
        Assert.All(seen, pair => Assert.Equal(1, pair.Value));
    }
}

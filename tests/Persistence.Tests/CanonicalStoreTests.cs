using System.Text.Json;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence.Tests.Infrastructure;

namespace CrossBorderHub.Persistence.Tests;

public sealed class CanonicalStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Writing_the_same_page_twice_upserts_once_and_counts_the_rewrite_as_stale(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var page = Build.Page(store, SyncEntity.Orders, "c1", Build.Order("A"), Build.Order("B"), Build.Order("C"));

        var first = await db.Store.WriteOrdersAsync(page, None);
        var second = await db.Store.WriteOrdersAsync(page, None);

        Assert.Equal(new PageWriteResult(3, 0, 0), first);
        Assert.Equal(new PageWriteResult(0, 3, 0), second);
        var feed = await db.Feed.ReadOrdersAsync(0, 100, store, None);
        Assert.Equal(["A", "B", "C"], feed.Items.Select(o => o.Order.MarketplaceOrderId).Order());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task An_older_version_arriving_after_a_newer_one_is_stale_and_does_not_overwrite(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var newer = Build.Order("A", Build.T0.AddMinutes(5), OrderStatus.Shipped);
        var older = Build.Order("A", Build.T0, OrderStatus.Pending);

        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "p2", newer), None);
        var result = await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "p1", older), None);

        Assert.Equal(new PageWriteResult(0, 1, 0), result);
        var stored = Assert.Single((await db.Feed.ReadOrdersAsync(0, 10, store, None)).Items);
        Assert.Equal(OrderStatus.Shipped, stored.Order.Status);
        Assert.Equal(newer.UpdatedAt, stored.Order.UpdatedAt);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Rewriting_an_identical_record_gives_it_no_new_change_sequence(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c1", Build.Order("A"), Build.Order("B")), None);
        var before = await db.Feed.ReadOrdersAsync(0, 10, store, None);

        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c2", Build.Order("B"), Build.Order("A")), None);

        var after = await db.Feed.ReadOrdersAsync(before.Last, 10, store, None);
        Assert.Empty(after.Items);
        Assert.Equal(before.Last, after.Last);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Same_update_time_with_different_content_is_a_change_with_a_new_sequence(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c1", Build.Order("A", quantity: 1)), None);
        var before = await db.Feed.ReadOrdersAsync(0, 10, store, None);

        var result = await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c2", Build.Order("A", quantity: 2)), None);

        Assert.Equal(1, result.Upserted);
        var changed = Assert.Single((await db.Feed.ReadOrdersAsync(before.Last, 10, store, None)).Items);
        Assert.Equal(2, changed.Order.Lines[0].Quantity);
        Assert.Equal(before.Items[0].Id, changed.Id);
        Assert.True(changed.Sequence > before.Last);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_page_repeating_a_key_keeps_the_newest_version(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        var result = await db.Store.WriteOrdersAsync(
            Build.Page(store, SyncEntity.Orders, "c1", Build.Order("A", Build.T0.AddMinutes(1), OrderStatus.Shipped), Build.Order("A", Build.T0)),
            None);

        Assert.Equal(new PageWriteResult(1, 1, 0), result);
        Assert.Equal(OrderStatus.Shipped, Assert.Single((await db.Feed.ReadOrdersAsync(0, 10, store, None)).Items).Order.Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task An_order_reads_back_exactly_as_written(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var order = Build.Order("A", new DateTimeOffset(2025, 2, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)));

        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c1", order), None);

        var view = Assert.Single((await db.Feed.ReadOrdersAsync(0, 10, null, None)).Items);
        Assert.Equal(store, view.StoreId);
        Assert.Equal(JsonSerializer.Serialize(order), JsonSerializer.Serialize(view.Order));
        var found = await db.Feed.FindOrderAsync(view.Id, None);
        Assert.NotNull(found);
        Assert.Equal(view.Sequence, found.Sequence);
        Assert.Null(await db.Feed.FindOrderAsync(Guid.NewGuid(), None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task The_checkpoint_moves_with_the_page(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.Null(await db.Store.GetCheckpointAsync(store, SyncEntity.Orders, None));

        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "cursor-1", Build.Order("A")), None);
        await db.Store.WriteOrdersAsync(Build.Page<CanonicalOrder>(store, SyncEntity.Orders, "cursor-2"), None);

        Assert.Equal("cursor-2", await db.Store.GetCheckpointAsync(store, SyncEntity.Orders, None));
        Assert.Null(await db.Store.GetCheckpointAsync(store, SyncEntity.Inventory, None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_page_failing_mid_transaction_moves_neither_data_quarantine_nor_checkpoint(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "cursor-1", Build.Order("A")), None);

        // The checkpoint is written last; a null one violates NOT NULL after the orders and quarantine rows went in.
        var failing = new PageWrite<CanonicalOrder>(
            store, SyncEntity.Orders, Guid.NewGuid(), [Build.Order("A", Build.T0.AddHours(1), OrderStatus.Cancelled), Build.Order("B")],
            [new QuarantinedRecord("X", "{}", "bad")], null!);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Store.WriteOrdersAsync(failing, None));

        Assert.Equal("cursor-1", await db.Store.GetCheckpointAsync(store, SyncEntity.Orders, None));
        var order = Assert.Single((await db.Feed.ReadOrdersAsync(0, 10, store, None)).Items);
        Assert.Equal(OrderStatus.Pending, order.Order.Status);
        Assert.Empty(await db.Quarantine.ListAsync(store, 10, None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Quarantined_records_are_kept_with_payload_reason_store_entity_run_and_time(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var run = Guid.NewGuid();
        const string payload = """{"id":"X1","status":"WEIRD","total":"abc"}""";

        var result = await db.Store.WriteOrdersAsync(
            new PageWrite<CanonicalOrder>(store, SyncEntity.Orders, run, [Build.Order("A")], [new QuarantinedRecord("X1", payload, "total is not a number")], "c1"),
            None);

        Assert.Equal(new PageWriteResult(1, 0, 1), result);
        var entry = Assert.Single(await db.Quarantine.ListAsync(store, 10, None));
        Assert.Equal((store, SyncEntity.Orders, run, "X1", payload, "total is not a number"), (entry.StoreId, entry.Entity, entry.RunId, entry.MarketplaceId, entry.RawPayload, entry.Reason));
        Assert.Equal(db.Time.GetUtcNow(), entry.QuarantinedAt);
        Assert.Empty(await db.Quarantine.ListAsync(Guid.NewGuid(), 10, None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_page_larger_than_one_statement_is_written_whole(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var orders = Enumerable.Range(0, 2500).Select(i => Build.Order($"O{i:D5}")).ToArray();

        var result = await db.Store.WriteOrdersAsync(Build.Page(store, SyncEntity.Orders, "c1", orders), None);

        Assert.Equal(2500, result.Upserted);
        var page = await db.Feed.ReadOrdersAsync(0, 5000, store, None);
        Assert.Equal(2500, page.Items.Count);
        Assert.Equal(page.Items.Select(o => o.Sequence).Order(), page.Items.Select(o => o.Sequence));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Products_upsert_on_store_and_product_id_and_read_back_with_variants(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var other = await db.CreateStoreAsync("Other");

        await db.Store.WriteProductsAsync(Build.Page(store, SyncEntity.Catalog, "c1", Build.Product("P1"), Build.Product("P2")), None);
        await db.Store.WriteProductsAsync(Build.Page(other, SyncEntity.Catalog, "c1", Build.Product("P1")), None);
        var result = await db.Store.WriteProductsAsync(
            Build.Page(store, SyncEntity.Catalog, "c2", Build.Product("P1", Build.T0.AddDays(1), "Big mug"), Build.Product("P2", Build.T0.AddDays(-1), "Old")),
            None);

        Assert.Equal(new PageWriteResult(1, 1, 0), result);
        var products = (await db.Feed.ReadProductsAsync(0, 10, store, None)).Items;
        Assert.Equal(["P2", "P1"], products.Select(p => p.Product.MarketplaceProductId));
        Assert.Equal("Big mug", products[1].Product.Title);
        Assert.Equal(JsonSerializer.Serialize(Build.Product("P2").Variants), JsonSerializer.Serialize(products[0].Product.Variants));
        Assert.Equal(3, (await db.Feed.ReadProductsAsync(0, 10, null, None)).Items.Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Inventory_upserts_on_store_sku_and_location(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        await db.Store.WriteInventoryAsync(
            Build.Page(store, SyncEntity.Inventory, "c1", Build.Level("S1", "L1", 5), Build.Level("S1", "L2", 7), Build.Level("S2", "L1", 1)),
            None);
        var result = await db.Store.WriteInventoryAsync(
            Build.Page(store, SyncEntity.Inventory, "c2", Build.Level("S1", "L1", 5), Build.Level("S1", "L2", 3, Build.T0.AddMinutes(1))),
            None);

        Assert.Equal(new PageWriteResult(1, 1, 0), result);
        var levels = (await db.Feed.ReadInventoryAsync(0, 10, store, None)).Items;
        Assert.Equal(3, levels.Count);
        var moved = levels[^1];
        Assert.Equal(("S1", "L2", 3, 5, LocationKind.OwnWarehouse, "Warehouse L2"), (moved.Level.Sku, moved.Level.LocationId, moved.Level.Available, moved.Level.OnHand, moved.Level.LocationKind, moved.Level.LocationName));
        Assert.Equal(Build.T0.AddMinutes(1), moved.Level.UpdatedAt);
    }
}

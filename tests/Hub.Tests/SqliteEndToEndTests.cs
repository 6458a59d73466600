using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

public sealed class SqliteEndToEndTests(SqliteHubFixture hub) : EndToEndScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task Orders_flow_from_the_sandbox_to_the_erp_feed_exactly_once() => Orders_reach_the_erp_feed_exactly_once();

    [Fact]
    public Task Every_fault_kind_ends_with_each_order_once_and_bad_records_quarantined() => Faults_end_with_every_order_once_and_bad_records_quarantined();

    [Fact]
    public Task Incremental_sync_returns_only_the_changed_order() => A_second_sync_delivers_only_what_changed();

    [Fact]
    public Task Catalog_and_inventory_syncs_fill_their_feeds() => Catalog_and_inventory_reach_their_feeds();

    [Fact]
    public Task Runs_of_one_store_and_entity_are_serialized() => Two_syncs_of_the_same_store_and_entity_never_overlap();
}

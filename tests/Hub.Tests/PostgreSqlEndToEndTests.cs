using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

public sealed class PostgreSqlHubFixture : HubFixture
{
    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.PostgreSql();

    public override Task InitializeAsync() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseUnderTest.PostgresVariable))
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? Task.CompletedTask // every test of the class is skipped by [PostgreSqlFact]
            : base.InitializeAsync();

    public override Task DisposeAsync() => Factory is null ? Task.CompletedTask : base.DisposeAsync();
}

public sealed class PostgreSqlEndToEndTests(PostgreSqlHubFixture hub) : EndToEndScenarios(hub), IClassFixture<PostgreSqlHubFixture>
{
    [PostgreSqlFact]
    public Task Orders_flow_from_the_sandbox_to_the_erp_feed_exactly_once() => Orders_reach_the_erp_feed_exactly_once();

    [PostgreSqlFact]
    public Task Every_fault_kind_ends_with_each_order_once_and_bad_records_quarantined() => Faults_end_with_every_order_once_and_bad_records_quarantined();

    [PostgreSqlFact]
    public Task Incremental_sync_returns_only_the_changed_order() => A_second_sync_delivers_only_what_changed();

    [PostgreSqlFact]
    public Task Catalog_and_inventory_syncs_fill_their_feeds() => Catalog_and_inventory_reach_their_feeds();

    [PostgreSqlFact]
    public Task Runs_of_one_store_and_entity_are_serialized() => Two_syncs_of_the_same_store_and_entity_never_overlap();
}

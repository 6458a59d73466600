using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

public sealed class SqliteStoreLifecycleTests(SqliteHubFixture hub) : StoreLifecycleScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task Pausing_stops_syncs_and_resuming_starts_them_again_on_sqlite() => Pausing_stops_syncs_and_resuming_starts_them_again();

    [Fact]
    public Task A_removed_store_keeps_its_data_readable_until_purged_on_sqlite() => A_removed_store_keeps_its_data_readable_until_purged();

    [Fact]
    public Task An_edit_is_validated_like_a_new_store_on_sqlite() => An_edit_is_validated_like_a_new_store();
}

public sealed class PostgreSqlStoreLifecycleTests(PostgreSqlHubFixture hub) : StoreLifecycleScenarios(hub), IClassFixture<PostgreSqlHubFixture>
{
    [PostgreSqlFact]
    public Task Pausing_stops_syncs_and_resuming_starts_them_again_on_postgresql() => Pausing_stops_syncs_and_resuming_starts_them_again();

    [PostgreSqlFact]
    public Task A_removed_store_keeps_its_data_readable_until_purged_on_postgresql() => A_removed_store_keeps_its_data_readable_until_purged();

    [PostgreSqlFact]
    public Task An_edit_is_validated_like_a_new_store_on_postgresql() => An_edit_is_validated_like_a_new_store();
}

using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Bulk;

public sealed class PostgreSqlBulkBackfillTests(PostgreSqlBulkHubFixture hub) : BulkBackfillScenarios(hub), IClassFixture<PostgreSqlBulkHubFixture>
{
    [PostgreSqlFact]
    public Task First_orders_sync_of_a_new_store_backfills_in_bulk_and_the_feed_has_every_order_once() =>
        A_new_stores_first_orders_sync_goes_through_a_bulk_operation_and_feeds_every_order_once();
}

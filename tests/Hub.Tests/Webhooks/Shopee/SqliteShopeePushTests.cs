using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks.Shopee;

public sealed class SqliteShopeePushTests(SqliteHubFixture hub) : ShopeePushScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task An_order_status_push_syncs_once_and_its_redelivery_is_dropped() =>
        An_order_status_push_syncs_the_shops_orders_once_and_its_redelivery_is_dropped();
}

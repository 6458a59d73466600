using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

public sealed class SqlitePushTests(SqliteHubFixture hub) : PushScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task A_confirmed_shipment_is_read_back_shipped_by_the_next_sync() => A_confirmed_shipment_shows_as_shipped_after_the_next_sync();

    [Fact]
    public Task An_idempotency_key_replay_gets_the_same_command_and_one_fulfillment() => A_replayed_idempotency_key_returns_the_same_command_and_shopify_gets_one_fulfillment();

    [Fact]
    public Task Transient_faults_end_with_one_delivered_shipment() => Transient_faults_are_retried_and_the_shipment_is_delivered_once();

    [Fact]
    public Task A_rejected_shipment_ends_failed_with_shopifys_reason() => A_rejected_shipment_fails_with_shopifys_message_and_is_not_retried();

    [Fact]
    public Task Bad_push_requests_are_refused_naming_the_field() => Bad_shipment_and_stock_requests_are_refused_naming_the_field();

    [Fact]
    public Task A_stock_update_reaches_shopify_and_the_inventory_feed() => A_stock_update_sets_the_level_and_the_next_incremental_inventory_sync_delivers_only_it();

    [Fact]
    public Task A_refused_token_fails_the_command_without_retrying() => A_refused_token_fails_a_stock_command_at_once_with_the_reason();

    [Fact]
    public async Task A_dead_hubs_command_is_resumed_after_its_lease_and_not_duplicated()
    {
        using var folder = new TempFolder();
        await A_command_left_sending_by_a_dead_hub_is_resumed_after_its_lease_without_a_duplicate(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);
    }
}

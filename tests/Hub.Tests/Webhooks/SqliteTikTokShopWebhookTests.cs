using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class SqliteTikTokShopWebhookTests(SqliteHubFixture hub) : TikTokShopWebhookScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task The_sdk_fixture_push_is_answered_then_syncs_its_stores_orders() =>
        The_sdk_fixture_push_verified_by_its_stores_app_is_answered_and_then_syncs_that_stores_orders();

    [Fact]
    public Task An_unverified_push_is_401_and_starts_nothing() => A_push_that_no_store_verifies_is_refused_with_401_stored_nowhere_and_starts_nothing();

    [Fact]
    public Task A_redelivered_notification_starts_one_sync() => A_redelivered_notification_starts_one_sync_and_a_new_one_starts_another();

    [Fact]
    public Task A_push_of_another_type_starts_nothing() => A_verified_push_of_another_type_is_answered_and_starts_nothing();
}

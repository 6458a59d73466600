using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class PostgreSqlWebhookPipelineTests(PostgreSqlWebhookHubFixture fixture) : WebhookPipelineScenarios(fixture), IClassFixture<PostgreSqlWebhookHubFixture>
{
    [PostgreSqlFact]
    public Task A_verified_push_is_answered_before_its_sync_and_synced_after() =>
        A_verified_push_is_answered_while_its_sync_has_not_run_and_the_processor_starts_the_sync_after();

    [PostgreSqlFact]
    public Task Unverified_pushes_are_401_and_neither_stored_nor_synced() => Pushes_nobody_verifies_are_refused_with_401_and_neither_stored_nor_synced();

    [PostgreSqlFact]
    public Task A_redelivery_starts_no_second_sync() => The_same_delivery_id_twice_starts_one_sync();

    [PostgreSqlFact]
    public Task Pushes_without_ids_are_each_processed() => Pushes_without_a_delivery_id_are_processed_every_time();

    [PostgreSqlFact]
    public Task A_topic_starts_the_syncs_it_calls_for() => A_push_starts_the_syncs_its_topic_calls_for_that_the_connector_can_run();

    [PostgreSqlFact]
    public Task A_paused_store_syncs_nothing_on_a_push() => A_push_for_a_paused_store_is_answered_and_starts_nothing();

    [PostgreSqlFact]
    public Task The_hubs_app_secret_verifies_for_a_store_without_one() => A_store_without_a_secret_of_its_own_verifies_pushes_signed_with_the_hubs_app();

    [PostgreSqlFact]
    public Task An_oversized_push_is_413() => An_oversized_push_is_refused_with_413_and_nothing_is_stored();

    [PostgreSqlFact]
    public Task An_unknown_marketplace_is_404() => A_marketplace_without_webhooks_is_404();

    [PostgreSqlFact]
    public Task A_challenge_is_answered_over_the_public_url() => A_challenge_is_answered_by_the_marketplaces_webhooks_over_the_public_url();
}

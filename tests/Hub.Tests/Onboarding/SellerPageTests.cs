using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Onboarding;

public sealed class SqliteSellerPageTests(SqliteOnboardingFixture hub) : SellerPageScenarios(hub), IClassFixture<SqliteOnboardingFixture>
{
    [Fact]
    public Task The_stores_page_lists_only_the_sessions_tenants_stores_and_the_marketplaces_to_connect_on_sqlite() => The_stores_page_lists_only_the_sessions_tenants_stores_and_the_marketplaces_to_connect();

    [Fact]
    public Task Connecting_starts_the_consent_for_the_sessions_tenant_and_leaves_for_the_marketplace_on_sqlite() => Connecting_starts_the_consent_for_the_sessions_tenant_and_leaves_for_the_marketplace();

    [Fact]
    public Task A_refused_start_shows_why_and_a_post_without_the_antiforgery_token_is_rejected_on_sqlite() => A_refused_start_shows_why_and_a_post_without_the_antiforgery_token_is_rejected();

    [Fact]
    public Task The_done_page_shows_the_connected_store_and_its_first_sync_and_nothing_of_another_tenant_on_sqlite() => The_done_page_shows_the_connected_store_and_its_first_sync_and_nothing_of_another_tenant();

    [Fact]
    public Task The_done_page_refreshes_until_the_first_sync_and_shows_a_failed_consents_reason_with_a_way_back_on_sqlite() => The_done_page_refreshes_until_the_first_sync_and_shows_a_failed_consents_reason_with_a_way_back();

    [Fact]
    public Task Without_a_valid_session_every_seller_page_answers_401_and_shows_no_data_on_sqlite() => Without_a_valid_session_every_seller_page_answers_401_and_shows_no_data();
}

public sealed class PostgreSqlSellerPageTests(PostgreSqlOnboardingFixture hub) : SellerPageScenarios(hub), IClassFixture<PostgreSqlOnboardingFixture>
{
    [PostgreSqlFact]
    public Task The_stores_page_lists_only_the_sessions_tenants_stores_and_the_marketplaces_to_connect_on_postgresql() => The_stores_page_lists_only_the_sessions_tenants_stores_and_the_marketplaces_to_connect();

    [PostgreSqlFact]
    public Task Connecting_starts_the_consent_for_the_sessions_tenant_and_leaves_for_the_marketplace_on_postgresql() => Connecting_starts_the_consent_for_the_sessions_tenant_and_leaves_for_the_marketplace();

    [PostgreSqlFact]
    public Task A_refused_start_shows_why_and_a_post_without_the_antiforgery_token_is_rejected_on_postgresql() => A_refused_start_shows_why_and_a_post_without_the_antiforgery_token_is_rejected();

    [PostgreSqlFact]
    public Task The_done_page_shows_the_connected_store_and_its_first_sync_and_nothing_of_another_tenant_on_postgresql() => The_done_page_shows_the_connected_store_and_its_first_sync_and_nothing_of_another_tenant();

    [PostgreSqlFact]
    public Task The_done_page_refreshes_until_the_first_sync_and_shows_a_failed_consents_reason_with_a_way_back_on_postgresql() => The_done_page_refreshes_until_the_first_sync_and_shows_a_failed_consents_reason_with_a_way_back();

    [PostgreSqlFact]
    public Task Without_a_valid_session_every_seller_page_answers_401_and_shows_no_data_on_postgresql() => Without_a_valid_session_every_seller_page_answers_401_and_shows_no_data();
}

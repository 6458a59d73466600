using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Onboarding;

public sealed class SqliteOnboardingLinkTests(SqliteOnboardingFixture hub) : OnboardingLinkScenarios(hub), IClassFixture<SqliteOnboardingFixture>
{
    [Fact]
    public Task A_link_is_shown_once_listed_without_its_token_and_cannot_be_opened_once_revoked_on_sqlite() => A_link_is_shown_once_listed_without_its_token_and_cannot_be_opened_once_revoked();

    [Fact]
    public Task Links_of_unknown_tenants_and_lifetimes_out_of_bounds_are_refused_on_sqlite() => Links_of_unknown_tenants_and_lifetimes_out_of_bounds_are_refused();

    [Fact]
    public Task A_link_opens_once_into_a_secure_session_and_then_answers_that_it_was_used_on_sqlite() => A_link_opens_once_into_a_secure_session_and_then_answers_that_it_was_used();

    [Fact]
    public Task Two_openings_at_once_start_exactly_one_session_on_sqlite() => Two_openings_at_once_start_exactly_one_session();

    [Fact]
    public Task Revoking_a_used_link_ends_the_session_it_started_on_sqlite() => Revoking_a_used_link_ends_the_session_it_started();
}

public sealed class PostgreSqlOnboardingLinkTests(PostgreSqlOnboardingFixture hub) : OnboardingLinkScenarios(hub), IClassFixture<PostgreSqlOnboardingFixture>
{
    [PostgreSqlFact]
    public Task A_link_is_shown_once_listed_without_its_token_and_cannot_be_opened_once_revoked_on_postgresql() => A_link_is_shown_once_listed_without_its_token_and_cannot_be_opened_once_revoked();

    [PostgreSqlFact]
    public Task Links_of_unknown_tenants_and_lifetimes_out_of_bounds_are_refused_on_postgresql() => Links_of_unknown_tenants_and_lifetimes_out_of_bounds_are_refused();

    [PostgreSqlFact]
    public Task A_link_opens_once_into_a_secure_session_and_then_answers_that_it_was_used_on_postgresql() => A_link_opens_once_into_a_secure_session_and_then_answers_that_it_was_used();

    [PostgreSqlFact]
    public Task Two_openings_at_once_start_exactly_one_session_on_postgresql() => Two_openings_at_once_start_exactly_one_session();

    [PostgreSqlFact]
    public Task Revoking_a_used_link_ends_the_session_it_started_on_postgresql() => Revoking_a_used_link_ends_the_session_it_started();
}

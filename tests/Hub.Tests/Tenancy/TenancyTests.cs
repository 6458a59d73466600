using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Tenancy;

public sealed class SqliteTenancyTests(SqliteHubFixture hub) : TenancyScenarios(hub), IClassFixture<SqliteHubFixture>
{
    [Fact]
    public Task A_tenant_key_reads_only_its_own_data_and_the_other_tenants_ids_answer_404_on_sqlite() => A_tenant_key_reads_only_its_own_data_and_the_other_tenants_ids_answer_404();

    [Fact]
    public Task An_issued_key_is_shown_once_listed_without_its_secret_and_stops_at_revocation_on_sqlite() => An_issued_key_is_shown_once_listed_without_its_secret_and_stops_at_revocation();

    [Fact]
    public Task The_configured_erp_key_reads_the_default_tenant_only_on_sqlite() => The_configured_erp_key_reads_the_default_tenant_only();
}

public sealed class PostgreSqlTenancyTests(PostgreSqlHubFixture hub) : TenancyScenarios(hub), IClassFixture<PostgreSqlHubFixture>
{
    [PostgreSqlFact]
    public Task A_tenant_key_reads_only_its_own_data_and_the_other_tenants_ids_answer_404_on_postgresql() => A_tenant_key_reads_only_its_own_data_and_the_other_tenants_ids_answer_404();

    [PostgreSqlFact]
    public Task An_issued_key_is_shown_once_listed_without_its_secret_and_stops_at_revocation_on_postgresql() => An_issued_key_is_shown_once_listed_without_its_secret_and_stops_at_revocation();

    [PostgreSqlFact]
    public Task The_configured_erp_key_reads_the_default_tenant_only_on_postgresql() => The_configured_erp_key_reads_the_default_tenant_only();
}

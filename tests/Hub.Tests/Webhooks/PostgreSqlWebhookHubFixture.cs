using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class PostgreSqlWebhookHubFixture : WebhookHubFixture
{
    protected override bool Enabled => PostgreSqlConfigured;

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.PostgreSql();
}

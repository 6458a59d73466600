using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class PostgreSqlPollingSafetyNetTests : PollingSafetyNetScenarios
{
    [PostgreSqlFact]
    public Task Every_webhook_refused_and_every_order_still_arrives() => A_hub_whose_every_webhook_is_refused_still_gets_every_order_through_its_schedule();

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.PostgreSql();
}

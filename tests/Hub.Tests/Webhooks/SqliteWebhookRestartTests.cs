using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class SqliteWebhookRestartTests : WebhookRestartScenarios
{
    [Fact]
    public Task Unprocessed_pushes_are_processed_at_the_next_start() =>
        Pushes_left_unprocessed_are_processed_at_the_next_start_and_still_recognised_when_redelivered();

    [Fact]
    public Task Old_deliveries_are_pruned() => Deliveries_older_than_the_retention_are_pruned();

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.Sqlite(folder);
}

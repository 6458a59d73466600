using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// The hub the contract runs against. A failed run is retried once, an hour later: the retry is queued where a
/// scenario can see it, and never runs while the scenario does. A push command that failed transiently is tried
/// again within a second or two (the delay doubles from half a second, up to two), so a push scenario sees the outbox's
/// retry; the connector retries no write whose answer was lost, so that retry is what delivers it.
/// </summary>
internal sealed class ContractHub(string database) : HubFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Sync:RunRetries"] = "1",
        ["Sync:RunRetryDelay"] = "01:00:00",
        ["Outbox:RetryBaseDelay"] = "00:00:00.500",
        ["Outbox:RetryMaxDelay"] = "00:00:02",
    };

    protected override DatabaseUnderTest CreateDatabase(string folder) =>
        database == ContractDatabase.PostgreSql ? DatabaseUnderTest.PostgreSql() : DatabaseUnderTest.Sqlite(folder);
}

using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// The hub the contract runs against. A failed run is retried once, an hour later: the retry is queued where a
/// scenario can see it, and never runs while the scenario does.
/// </summary>
internal sealed class ContractHub(string database) : HubFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Sync:RunRetries"] = "1",
        ["Sync:RunRetryDelay"] = "01:00:00",
    };

    protected override DatabaseUnderTest CreateDatabase(string folder) =>
        database == ContractDatabase.PostgreSql ? DatabaseUnderTest.PostgreSql() : DatabaseUnderTest.Sqlite(folder);
}

using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Bulk;

public sealed class SqliteBulkHubFixture : HubFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => BulkHubSettings.Values;

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.Sqlite(folder);
}

namespace CrossBorderHub.Persistence;

/// <summary>Values of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
    PostgreSql = 2,
}

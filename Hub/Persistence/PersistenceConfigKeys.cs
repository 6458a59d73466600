namespace CrossBorderHub.Persistence;

/// <summary>Configuration keys the persistence layer reads.</summary>
public static class PersistenceConfigKeys
{
    public const string Provider = "Database:Provider";

    /// <summary>Name under <c>ConnectionStrings</c>: <c>ConnectionStrings:Hub</c>.</summary>
    public const string ConnectionStringName = "Hub";

    public const string DefaultSqliteConnectionString = "Data Source=data/hub.db";
}

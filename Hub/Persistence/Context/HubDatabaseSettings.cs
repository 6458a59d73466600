using Microsoft.Extensions.Configuration;

namespace CrossBorderHub.Persistence.Context;

/// <summary>Provider and connection string, read and checked once at start-up.</summary>
internal sealed record HubDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static HubDatabaseSettings From(IConfiguration configuration)
    {
        var raw = configuration[PersistenceConfigKeys.Provider];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(raw)
            && (!Enum.TryParse(raw.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
        {
            throw new InvalidOperationException(
                $"Configuration '{PersistenceConfigKeys.Provider}' is '{raw}'; expected one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString(PersistenceConfigKeys.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? PersistenceConfigKeys.DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    $"Configuration 'ConnectionStrings:{PersistenceConfigKeys.ConnectionStringName}' is required when '{PersistenceConfigKeys.Provider}' is {provider}.");
        }

        return new HubDatabaseSettings(provider, connectionString);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrossBorderHub.Persistence.Context.DesignTime;

/// <summary>For <c>dotnet ef migrations add .. --context SqliteHubDbContext</c>; no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteHubDbContext>();
        ProviderOptions.Sqlite(options, "Data Source=design-time.db");
        return new SqliteHubDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrossBorderHub.Persistence.Context.DesignTime;

/// <summary>For <c>dotnet ef migrations add .. --context PostgreSqlHubDbContext</c>; no database is opened.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlHubDbContext>
{
    public PostgreSqlHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlHubDbContext>();
        ProviderOptions.PostgreSql(options, "Host=localhost;Database=hub");
        return new PostgreSqlHubDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrossBorderHub.Persistence.Context.DesignTime;

/// <summary>For <c>dotnet ef migrations add .. --context SqlServerHubDbContext</c>; no database is opened.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHubDbContext>
{
    public SqlServerHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerHubDbContext>();
        ProviderOptions.SqlServer(options, "Server=localhost;Database=hub;Integrated Security=true;TrustServerCertificate=true");
        return new SqlServerHubDbContext(options.Options);
    }
}

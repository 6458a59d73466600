using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options)
{
    // SQLite has no time type: store unix milliseconds so times sort and compare as numbers, not text.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }
}

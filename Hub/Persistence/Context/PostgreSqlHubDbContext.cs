using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

public sealed class PostgreSqlHubDbContext(DbContextOptions<PostgreSqlHubDbContext> options) : HubDbContext(options);

using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

public sealed class SqlServerHubDbContext(DbContextOptions<SqlServerHubDbContext> options) : HubDbContext(options);

using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

internal sealed class HubDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IHubDbContextFactory
    where TContext : HubDbContext
{
    public HubDbContext CreateDbContext() => inner.CreateDbContext();
}

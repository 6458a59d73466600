using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

/// <summary>
/// The hub's model, shared by the provider contexts (<see cref="SqliteHubDbContext"/>, <see cref="PostgreSqlHubDbContext"/>,
/// <see cref="SqlServerHubDbContext"/>), each of which owns its migrations. Resolve this type; DI hands out the chosen provider's.
/// </summary>
public abstract class HubDbContext : DbContext
{
    protected HubDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal DbSet<SellerRow> Sellers => Set<SellerRow>();
    internal DbSet<StoreRow> Stores => Set<StoreRow>();
    internal DbSet<StoreCredentialRow> StoreCredentials => Set<StoreCredentialRow>();
    internal DbSet<OrderRow> Orders => Set<OrderRow>();
    internal DbSet<ProductRow> Products => Set<ProductRow>();
    internal DbSet<InventoryRow> Inventory => Set<InventoryRow>();
    internal DbSet<CheckpointRow> Checkpoints => Set<CheckpointRow>();
    internal DbSet<QuarantineRow> Quarantine => Set<QuarantineRow>();
    internal DbSet<SyncRunRow> SyncRuns => Set<SyncRunRow>();
    internal DbSet<ChangeCounterRow> ChangeCounters => Set<ChangeCounterRow>();
    internal DbSet<CommandRow> Commands => Set<CommandRow>();
    internal DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    internal DbSet<SyncScheduleRow> SyncSchedules => Set<SyncScheduleRow>();
    internal DbSet<ConsentAuthorizationRow> ConsentAuthorizations => Set<ConsentAuthorizationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}

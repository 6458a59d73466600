using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class SyncRunRowConfiguration : IEntityTypeConfiguration<SyncRunRow>
{
    public void Configure(EntityTypeBuilder<SyncRunRow> builder)
    {
        builder.ToTable(Tables.SyncRuns);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Trigger).HasMaxLength(32).IsRequired();

        // Ticks: SQL Server's time type stops at 24 hours, and a long run may wait longer in total.
        builder.Property(r => r.ThrottleWait).HasConversion<long>();
        builder.HasIndex(r => new { r.StoreId, r.QueuedAt });
        builder.HasIndex(r => r.QueuedAt);
        builder.HasIndex(r => r.FinishedAt);

        // At most one manual run of a (store, entity) waits to start: further "run now" requests join it.
        builder.HasIndex(r => new { r.StoreId, r.Entity })
            .IsUnique()
            .HasFilter($"\"status\" = {(int)SyncRunStatus.Queued} AND \"trigger\" = '{SyncTriggers.Manual}'");
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(r => r.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

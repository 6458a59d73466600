using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class SyncScheduleRowConfiguration : IEntityTypeConfiguration<SyncScheduleRow>
{
    public void Configure(EntityTypeBuilder<SyncScheduleRow> builder)
    {
        builder.ToTable(Tables.SyncSchedules);
        builder.HasKey(s => new { s.StoreId, s.Entity });

        // Ticks, as for run throttle waits: SQL Server's time type stops at 24 hours and an interval may be a week.
        builder.Property(s => s.Interval).HasConversion<long?>();
        builder.Property(s => s.Cron).HasMaxLength(120);
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

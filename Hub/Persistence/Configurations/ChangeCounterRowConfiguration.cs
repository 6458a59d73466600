using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class ChangeCounterRowConfiguration : IEntityTypeConfiguration<ChangeCounterRow>
{
    public void Configure(EntityTypeBuilder<ChangeCounterRow> builder)
    {
        builder.ToTable(Tables.ChangeCounters);
        builder.HasKey(c => c.Entity);
        builder.Property(c => c.Entity).HasMaxLength(32);
        builder.HasData(
            new ChangeCounterRow { Entity = ChangeCounters.Orders, Value = 0 },
            new ChangeCounterRow { Entity = ChangeCounters.Products, Value = 0 },
            new ChangeCounterRow { Entity = ChangeCounters.Inventory, Value = 0 });
    }
}

using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class CheckpointRowConfiguration : IEntityTypeConfiguration<CheckpointRow>
{
    public void Configure(EntityTypeBuilder<CheckpointRow> builder)
    {
        builder.ToTable(Tables.Checkpoints);
        builder.HasKey(c => new { c.StoreId, c.Entity });
        builder.Property(c => c.Value).IsRequired();
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

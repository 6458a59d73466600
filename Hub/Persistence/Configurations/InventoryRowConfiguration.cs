using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class InventoryRowConfiguration : IEntityTypeConfiguration<InventoryRow>
{
    public void Configure(EntityTypeBuilder<InventoryRow> builder)
    {
        builder.ToTable(Tables.Inventory);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Sku).HasMaxLength(128).IsRequired();
        builder.Property(i => i.LocationId).HasMaxLength(128).IsRequired();
        builder.Property(i => i.LocationName).HasMaxLength(200);
        builder.Property(i => i.ContentHash).HasMaxLength(16).IsRequired();
        builder.HasIndex(i => new { i.StoreId, i.Sku, i.LocationId }).IsUnique();
        builder.HasIndex(i => i.Sequence).IsUnique();
        builder.HasIndex(i => new { i.StoreId, i.Sequence });
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(i => i.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

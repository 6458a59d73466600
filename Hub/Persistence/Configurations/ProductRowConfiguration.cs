using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Persistence.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class ProductRowConfiguration : IEntityTypeConfiguration<ProductRow>
{
    public void Configure(EntityTypeBuilder<ProductRow> builder)
    {
        builder.ToTable(Tables.Products);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.MarketplaceProductId).HasMaxLength(128).IsRequired();
        builder.Property(p => p.Title).IsRequired();
        builder.Property(p => p.ContentHash).HasMaxLength(16).IsRequired();
        builder.Property(p => p.Document).HasConversion(JsonColumns.Product).IsRequired();
        builder.HasIndex(p => new { p.StoreId, p.MarketplaceProductId }).IsUnique();
        builder.HasIndex(p => p.Sequence).IsUnique();
        builder.HasIndex(p => new { p.StoreId, p.Sequence });
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(p => p.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Persistence.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class OrderRowConfiguration : IEntityTypeConfiguration<OrderRow>
{
    public void Configure(EntityTypeBuilder<OrderRow> builder)
    {
        builder.ToTable(Tables.Orders);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.MarketplaceOrderId).HasMaxLength(128).IsRequired();
        builder.Property(o => o.OrderNumber).HasMaxLength(128);
        builder.Property(o => o.ContentHash).HasMaxLength(16).IsRequired();
        builder.Property(o => o.Document).HasConversion(JsonColumns.Order).IsRequired();
        builder.HasIndex(o => new { o.StoreId, o.MarketplaceOrderId }).IsUnique();
        builder.HasIndex(o => o.Sequence).IsUnique();
        builder.HasIndex(o => new { o.StoreId, o.Sequence });
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(o => o.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

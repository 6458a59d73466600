using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using CrossBorderHub.Persistence.Stores;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class StoreRowConfiguration : IEntityTypeConfiguration<StoreRow>
{
    public void Configure(EntityTypeBuilder<StoreRow> builder)
    {
        builder.ToTable(Tables.Stores);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Marketplace).HasMaxLength(32).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Settings).IsRequired();
        builder.Property(s => s.BaseUrl).HasMaxLength(2048);
        builder.Property(s => s.AuthUrl).HasMaxLength(2048);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32).HasDefaultValue(StoreStatus.Active).IsRequired();
        builder.Property(s => s.StatusReason).HasMaxLength(StoreStatusReasons.MaxLength);
        builder.HasIndex(s => new { s.SellerId, s.Marketplace, s.Name }).IsUnique();
        builder.HasOne<SellerRow>().WithMany().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Restrict);
    }
}

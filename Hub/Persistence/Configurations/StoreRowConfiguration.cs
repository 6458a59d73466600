using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Persistence.Json;
using Microsoft.EntityFrameworkCore;
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
        builder.Property(s => s.Settings)
            .HasConversion(JsonColumns.Settings, JsonColumns.SettingsComparer)
            .IsRequired();
        builder.Property(s => s.BaseUrl).HasMaxLength(2048);
        builder.Property(s => s.AuthUrl).HasMaxLength(2048);
        builder.HasIndex(s => new { s.SellerId, s.Marketplace, s.Name }).IsUnique();
        builder.HasOne<SellerRow>().WithMany().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Restrict);
    }
}

using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class SellerRowConfiguration : IEntityTypeConfiguration<SellerRow>
{
    public void Configure(EntityTypeBuilder<SellerRow> builder)
    {
        builder.ToTable(Tables.Sellers);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Tenants.MaxNameLength).IsRequired();
    }
}

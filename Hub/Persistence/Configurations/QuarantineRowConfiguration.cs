using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class QuarantineRowConfiguration : IEntityTypeConfiguration<QuarantineRow>
{
    public void Configure(EntityTypeBuilder<QuarantineRow> builder)
    {
        builder.ToTable(Tables.Quarantine);
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.MarketplaceId).HasMaxLength(128);
        builder.Property(q => q.RawPayload).IsRequired();
        builder.Property(q => q.Reason).IsRequired();
        builder.HasIndex(q => new { q.StoreId, q.QuarantinedAt });
        builder.HasIndex(q => q.QuarantinedAt);
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(q => q.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class OnboardingLinkRowConfiguration : IEntityTypeConfiguration<OnboardingLinkRow>
{
    public void Configure(EntityTypeBuilder<OnboardingLinkRow> builder)
    {
        builder.ToTable(Tables.OnboardingLinks);
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.SellerId, l.CreatedAt });
        builder.HasOne<SellerRow>().WithMany().HasForeignKey(l => l.SellerId).OnDelete(DeleteBehavior.Cascade);
    }
}

using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class ConsentAuthorizationRowConfiguration : IEntityTypeConfiguration<ConsentAuthorizationRow>
{
    public void Configure(EntityTypeBuilder<ConsentAuthorizationRow> builder)
    {
        builder.ToTable(Tables.ConsentAuthorizations);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Marketplace).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Input).IsRequired();
        builder.Property(a => a.ReturnPath).HasMaxLength(ConsentAuthorizations.MaxReturnPathLength);
        builder.Property(a => a.CallbackUrl).HasMaxLength(2048).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(a => a.Failure).HasMaxLength(ConsentAuthorizations.MaxFailureLength);
        builder.HasIndex(a => new { a.SellerId, a.CreatedAt });
        builder.HasOne<SellerRow>().WithMany().HasForeignKey(a => a.SellerId).OnDelete(DeleteBehavior.Cascade);
    }
}

using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class StoreCredentialRowConfiguration : IEntityTypeConfiguration<StoreCredentialRow>
{
    public void Configure(EntityTypeBuilder<StoreCredentialRow> builder)
    {
        builder.ToTable(Tables.StoreCredentials);
        builder.HasKey(c => c.StoreId);
        builder.Property(c => c.StoreId).ValueGeneratedNever();
        builder.Property(c => c.Protected).IsRequired();
        builder.Property(c => c.Version).HasDefaultValue(0L);
        builder.HasOne<StoreRow>().WithOne().HasForeignKey<StoreCredentialRow>(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

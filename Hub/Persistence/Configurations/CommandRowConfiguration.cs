using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class CommandRowConfiguration : IEntityTypeConfiguration<CommandRow>
{
    public const int MaxIdempotencyKeyLength = 200;
    public const int MaxReferenceLength = 200;
    public const int MaxTextLength = 1000;

    public void Configure(EntityTypeBuilder<CommandRow> builder)
    {
        builder.ToTable(Tables.Commands);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.IdempotencyKey).HasMaxLength(MaxIdempotencyKeyLength);
        builder.Property(c => c.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Payload).IsRequired();
        builder.Property(c => c.MarketplaceReference).HasMaxLength(MaxReferenceLength);
        builder.Property(c => c.Result).HasMaxLength(MaxTextLength);
        builder.Property(c => c.Error).HasMaxLength(MaxTextLength);
        builder.HasIndex(c => new { c.Kind, c.IdempotencyKey }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.NextAttemptAt });
        builder.HasIndex(c => new { c.StoreId, c.CreatedAt });
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(c => c.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

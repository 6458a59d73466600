using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossBorderHub.Persistence.Configurations;

internal sealed class WebhookDeliveryRowConfiguration : IEntityTypeConfiguration<WebhookDeliveryRow>
{
    public const int MaxDeliveryIdLength = 200;
    public const int MaxTopicLength = 200;
    public const int MaxDetailLength = 500;

    public void Configure(EntityTypeBuilder<WebhookDeliveryRow> builder)
    {
        builder.ToTable(Tables.WebhookDeliveries);
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Marketplace).HasMaxLength(32).IsRequired();
        builder.Property(w => w.DeliveryId).HasMaxLength(MaxDeliveryIdLength);
        builder.Property(w => w.Topic).HasMaxLength(MaxTopicLength).IsRequired();
        builder.Property(w => w.Detail).HasMaxLength(MaxDetailLength);

        // A redelivery to a store is found by this index; rows without a delivery id never collide.
        builder.HasIndex(w => new { w.Marketplace, w.DeliveryId, w.StoreId }).IsUnique();
        builder.HasIndex(w => new { w.ProcessedAt, w.ReceivedAt });
        builder.HasIndex(w => w.ReceivedAt);
        builder.HasOne<StoreRow>().WithMany().HasForeignKey(w => w.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

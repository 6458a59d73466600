using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence;

public sealed record OrderView(Guid Id, Guid StoreId, long Sequence, CanonicalOrder Order)
{
    /// <summary>When the buyer's personal data was removed after the marketplace's retention period; null while it is kept.</summary>
    public DateTimeOffset? RedactedAt { get; init; }
}

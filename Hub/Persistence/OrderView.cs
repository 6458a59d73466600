using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence;

public sealed record OrderView(Guid Id, Guid StoreId, long Sequence, CanonicalOrder Order);

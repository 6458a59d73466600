using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence;

public sealed record ProductView(Guid Id, Guid StoreId, long Sequence, CanonicalProduct Product);

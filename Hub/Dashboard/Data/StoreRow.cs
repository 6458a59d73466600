using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>A store with its health and the next time one of its syncs is scheduled to fire.</summary>
public sealed record StoreRow(StoreSummary Store, StoreHealth Health, DateTimeOffset? NextFire, IReadOnlyList<string> Entities);

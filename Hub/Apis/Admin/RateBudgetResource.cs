using CrossBorderHub.Scheduler.Budgets;

namespace CrossBorderHub.Hub.Apis.Admin;

public sealed record RateBudgetResource(Guid StoreId, string Operation, double? Available, double? Capacity, double? RatePerSecond, double? SecondsUntilFull)
{
    public static RateBudgetResource From(RateBudgetReading reading) => new(
        reading.StoreId,
        reading.Operation,
        reading.Available is { } a ? Math.Round(a, 3) : null,
        reading.Capacity,
        reading.RatePerSecond,
        reading.UntilFull is { } full ? Math.Round(full.TotalSeconds, 3) : null);
}

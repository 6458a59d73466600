using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Scheduler.Budgets;

/// <summary>
/// One (store, operation) budget as the hub estimates it now: permits left (requests, or points for cost-based limits),
/// the bucket's size and restore rate, and how long until it is full. Null where the budget is not a token bucket.
/// </summary>
public sealed record RateBudgetReading(Guid StoreId, string Operation, double? Available, double? Capacity, double? RatePerSecond, TimeSpan? UntilFull)
{
    public static RateBudgetReading From(Guid storeId, string operation, IRateBudget budget) => budget switch
    {
        TokenBucket bucket => new(storeId, operation, bucket.Available, bucket.Capacity, bucket.RatePerSecond, bucket.TimeUntil(bucket.Capacity)),
        _ => new(storeId, operation, null, null, null, null),
    };
}

using System.Collections.Concurrent;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>One budget per (store, operation), made on first use by the marketplace's factory.</summary>
public sealed class RateBudgets<TBudget>(Func<RateBudgetKey, TBudget> create)
    where TBudget : IRateBudget
{
    private readonly ConcurrentDictionary<RateBudgetKey, TBudget> _budgets = new();

    public TBudget For(RateBudgetKey key) => _budgets.GetOrAdd(key, create);
}

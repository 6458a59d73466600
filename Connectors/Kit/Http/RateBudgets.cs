using System.Collections.Concurrent;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>One budget per (store, operation), made on first use by the marketplace's factory.</summary>
public sealed class RateBudgets<TBudget>(Func<RateBudgetKey, TBudget> create)
    where TBudget : IRateBudget
{
    private readonly ConcurrentDictionary<RateBudgetKey, TBudget> _budgets = new();

    /// <summary>The key's budget; a <see cref="RateBudgetScope"/> in progress hears of it, so a run knows the budgets it drew on.</summary>
    public TBudget For(RateBudgetKey key)
    {
        var budget = _budgets.GetOrAdd(key, create);
        RateBudgetScope.Current?.Saw(key, budget);
        return budget;
    }
}

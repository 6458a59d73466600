using System.Collections.Concurrent;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Scheduler.Budgets;

/// <summary>
/// The rate budgets each store's runs have drawn on in this process, by operation, for the admin API to show what is
/// left. A store appears once one of its runs has made a request.
/// </summary>
public sealed class RateBudgetBoard
{
    private readonly ConcurrentDictionary<(Guid StoreId, string Operation), IRateBudget> _budgets = new();

    public void Saw(Guid storeId, RateBudgetKey key, IRateBudget budget) => _budgets[(storeId, key.Operation)] = budget;

    public IReadOnlyList<RateBudgetReading> Read(Guid? storeId = null) =>
    [
        .. _budgets
            .Where(e => storeId is null || e.Key.StoreId == storeId)
            .OrderBy(e => e.Key.StoreId).ThenBy(e => e.Key.Operation, StringComparer.Ordinal)
            .Select(e => RateBudgetReading.From(e.Key.StoreId, e.Key.Operation, e.Value)),
    ];
}

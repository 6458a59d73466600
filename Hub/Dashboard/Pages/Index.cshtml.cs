using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Scheduler.Budgets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Every store with its health, next sync and tightest rate budget, and the newest runs of all stores.</summary>
public sealed class IndexModel(DashboardReader reader, BudgetReader budgets) : PageModel
{
    private const int RecentRuns = 25;

    public IReadOnlyList<StoreRow> Stores { get; private set; } = [];

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    /// <summary>Per store, its operation with the least budget left.</summary>
    public IReadOnlyDictionary<Guid, RateBudgetReading> TightestBudgets { get; private set; } = new Dictionary<Guid, RateBudgetReading>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stores = await reader.StoresAsync(cancellationToken);
        Runs = await reader.RecentRunsAsync(null, RecentRuns, cancellationToken);
        TightestBudgets = budgets.TightestByStore();
    }

    public async Task<PartialViewResult> OnGetRunsAsync(CancellationToken cancellationToken) =>
        Partial("_Runs", await reader.RecentRunsAsync(null, RecentRuns, cancellationToken));
}

using CrossBorderHub.Hub.Dashboard.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Every store with its health and next sync, and the newest runs of all stores.</summary>
public sealed class IndexModel(DashboardReader reader) : PageModel
{
    private const int RecentRuns = 25;

    public IReadOnlyList<StoreRow> Stores { get; private set; } = [];

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stores = await reader.StoresAsync(cancellationToken);
        Runs = await reader.RecentRunsAsync(null, RecentRuns, cancellationToken);
    }

    public async Task<PartialViewResult> OnGetRunsAsync(CancellationToken cancellationToken) =>
        Partial("_Runs", await reader.RecentRunsAsync(null, RecentRuns, cancellationToken));
}

using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Hub.Dashboard.Steering;
using CrossBorderHub.Scheduler.Steering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>One store: health, saved schedules, budgets left, chart of records and failures over time, its runs, and run now / pause / resume.</summary>
public sealed class StoreModel(DashboardReader reader, BudgetReader budgets, SyncSteering schedules, IStoreSteering steering) : PageModel
{
    public StoreDetail Detail { get; private set; } = null!;

    public StoreBudgets Budgets { get; private set; } = null!;

    public IReadOnlyList<ScheduleView> Schedules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reader.StoreAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Budgets = await budgets.StoreAsync(id, cancellationToken);
        Schedules = await schedules.ListAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetRunsAsync(Guid id, CancellationToken cancellationToken) =>
        Partial("_Runs", await reader.RecentRunsAsync(id, DashboardReader.HistoryDepth, cancellationToken));

    public async Task<IActionResult> OnPostRunNowAsync(Guid id, string? entity, CancellationToken cancellationToken)
    {
        var outcome = await steering.RunNowAsync(id, entity, cancellationToken);
        TempData.Flash(outcome);
        return RedirectToPage("/Store", new { id });
    }

    public async Task<IActionResult> OnPostPauseAsync(Guid id, CancellationToken cancellationToken)
    {
        TempData.Flash(await steering.PauseAsync(id, cancellationToken));
        return RedirectToPage("/Store", new { id });
    }

    public async Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken)
    {
        TempData.Flash(await steering.ResumeAsync(id, cancellationToken));
        return RedirectToPage("/Store", new { id });
    }
}

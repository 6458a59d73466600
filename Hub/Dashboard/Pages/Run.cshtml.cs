using CrossBorderHub.Hub.Dashboard.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>One run: its progress while it goes, its counts and its error once it failed.</summary>
public sealed class RunModel(DashboardReader reader) : PageModel
{
    public RunRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reader.RunAsync(id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Row = row;
        return Page();
    }

    public async Task<IActionResult> OnGetLiveAsync(Guid id, CancellationToken cancellationToken) =>
        await reader.RunAsync(id, cancellationToken) is { } row ? Partial("_RunFacts", row) : NotFound();
}

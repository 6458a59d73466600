using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Hub.Dashboard.Steering;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Records a sync could not map, with the raw payload the marketplace sent and the reason; retry maps the payload again.</summary>
public sealed class QuarantineModel(IQuarantine quarantine, DashboardReader reader, IStoreSteering steering) : PageModel
{
    private const int Limit = 200;

    public IReadOnlyList<QuarantineEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> StoreNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(Guid? storeId, CancellationToken cancellationToken)
    {
        Entries = await quarantine.ListAsync(storeId, Limit, cancellationToken);
        StoreNames = await reader.StoreNamesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid entryId, Guid? storeId, CancellationToken cancellationToken)
    {
        TempData.Flash(await steering.RetryQuarantinedAsync(entryId, cancellationToken));
        return RedirectToPage("/Quarantine", new { storeId });
    }
}

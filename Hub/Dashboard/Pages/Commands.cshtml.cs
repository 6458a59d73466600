using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Hub.Dashboard.Steering;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Push commands (shipments, stock) with their state and the marketplace's answer; a failed one can be sent again.</summary>
public sealed class CommandsModel(ICommandBoard board, DashboardReader reader, IStoreSteering steering) : PageModel
{
    private const int Limit = 200;

    public IReadOnlyList<CommandBoardEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> StoreNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(Guid? storeId, CancellationToken cancellationToken)
    {
        Entries = await board.ListAsync(storeId, Limit, cancellationToken);
        StoreNames = await reader.StoreNamesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid commandId, Guid? storeId, CancellationToken cancellationToken)
    {
        TempData.Flash(await steering.ResendCommandAsync(commandId, cancellationToken));
        return RedirectToPage("/Commands", new { storeId });
    }
}

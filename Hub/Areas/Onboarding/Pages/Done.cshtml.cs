using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Onboarding.Pages;

/// <summary>
/// Where the consent's callback sends the seller back: the authorization's outcome, and for a connected store its first
/// orders sync, the page refreshing itself until that sync ends. Only the session's tenant's authorizations are shown.
/// </summary>
internal sealed class DoneModel(IConsentFlow consent, IStoreAccountRepository stores, ISyncRunStore runs) : SellerPageModel
{
    private const int RunsLooked = 50;

    public ConsentAuthorizationView? Authorization { get; private set; }

    public StoreSummary? Store { get; private set; }

    /// <summary>The store's first orders sync (or the run resuming it, when it was deferred); null until it is queued.</summary>
    public SyncRun? FirstSync { get; private set; }

    public bool Refreshing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? authorization, CancellationToken cancellationToken)
    {
        Authorization = authorization is { } id ? await consent.FindAsync(Session!.TenantId, id, cancellationToken) : null;
        if (Authorization is null)
        {
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        }

        if (Authorization.StoreId is { } storeId && await stores.FindAsync(storeId, cancellationToken) is { } store && store.SellerId == Session!.TenantId)
        {
            Store = store;
            FirstSync = FirstOrdersSync(await runs.ListAsync(storeId, RunsLooked, cancellationToken));
        }

        Refreshing = Authorization.Status == nameof(ConsentAuthorizationStatus.Pending)
            || (Store is not null && FirstSync?.Status is null or SyncRunStatus.Queued or SyncRunStatus.Running or SyncRunStatus.Deferred);
        ViewData["Refresh"] = Refreshing;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private static SyncRun? FirstOrdersSync(IReadOnlyList<SyncRun> all)
    {
        var orders = all.Where(r => r.Entity == SyncEntity.Orders).OrderBy(r => r.QueuedAt).ThenBy(r => r.Id).ToList();
        var index = 0;
        while (index + 1 < orders.Count && orders[index].Status == SyncRunStatus.Deferred)
        {
            index++;
        }

        return orders.Count == 0 ? null : orders[index];
    }
}

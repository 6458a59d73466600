using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

internal static class SyncRunsApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    public static RouteGroupBuilder MapSyncRunsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sync-runs").WithTags("Sync runs").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapGet("/", ListRuns)
            .WithName("ListSyncRuns")
            .WithSummary("List sync runs")
            .WithDescription("The newest runs first, optionally of one store: status, pages, records upserted, stale and quarantined, unknown values and the error of a failed run.");
        group.MapGet("/{runId:guid}", GetRun)
            .WithName("GetSyncRun")
            .WithSummary("Get one sync run")
            .WithDescription("One run with its status and counts; poll it until it has Succeeded or Failed.");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<SyncRunResource>>, ValidationProblem, NotFound>> ListRuns(
        Guid? storeId, int? limit, ISyncRunStore runs, ITenantReads tenantReads, TenantAccess access, CancellationToken cancellationToken)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.Field("limit", $"Must be between 1 and {MaxLimit}.");
        }

        if (storeId is { } store && !await access.CanSeeStoreAsync(store, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var list = access.Tenant is { } tenant && storeId is null
            ? await tenantReads.ListRunsAsync(tenant, take, cancellationToken)
            : await runs.ListAsync(storeId, take, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SyncRunResource>>([.. list.Select(SyncRunResource.From)]);
    }

    public static async Task<Results<Ok<SyncRunResource>, NotFound>> GetRun(Guid runId, ISyncRunStore runs, TenantAccess access, CancellationToken cancellationToken) =>
        await runs.FindAsync(runId, cancellationToken) is { } run && await access.CanSeeStoreAsync(run.StoreId, cancellationToken)
            ? TypedResults.Ok(SyncRunResource.From(run))
            : TypedResults.NotFound();
}

using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>Records a sync could not map, with the raw payload and the reason: every store's for admins, its own for a tenant's key.</summary>
internal static class QuarantineApi
{
    private const int MaxLimit = 500;

    public static RouteGroupBuilder MapQuarantineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/quarantine").WithTags("Quarantine").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapGet("/", List)
            .WithName("ListQuarantine")
            .WithSummary("List quarantined records")
            .WithDescription("Records a sync could not map, newest first, optionally of one store, with the raw payload and the reason.");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<QuarantineEntry>>, ValidationProblem, NotFound>> List(
        Guid? storeId, int? limit, IQuarantine quarantine, ITenantReads tenantReads, TenantAccess access, CancellationToken cancellationToken)
    {
        var take = limit ?? 100;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.Field("limit", $"Must be between 1 and {MaxLimit}.");
        }

        if (storeId is { } store && !await access.CanSeeStoreAsync(store, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(access.Tenant is { } tenant && storeId is null
            ? await tenantReads.ListQuarantineAsync(tenant, take, cancellationToken)
            : await quarantine.ListAsync(storeId, take, cancellationToken));
    }
}

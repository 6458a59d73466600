using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>Records a sync could not map, with the raw payload and the reason, for operators.</summary>
internal static class QuarantineApi
{
    private const int MaxLimit = 500;

    public static RouteGroupBuilder MapQuarantineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/quarantine").WithTags("Quarantine").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapGet("/", List)
            .WithName("ListQuarantine")
            .WithSummary("List quarantined records")
            .WithDescription("Records a sync could not map, newest first, optionally of one store, with the raw payload and the reason.");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<QuarantineEntry>>, ValidationProblem>> List(
        Guid? storeId, int? limit, IQuarantine quarantine, CancellationToken cancellationToken)
    {
        var take = limit ?? 100;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.Field("limit", $"Must be between 1 and {MaxLimit}.");
        }

        return TypedResults.Ok(await quarantine.ListAsync(storeId, take, cancellationToken));
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>What is left of the marketplace call quotas a store draws on, for admins.</summary>
internal static class CallBudgetsApi
{
    public static RouteGroupBuilder MapCallBudgetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stores").WithTags("Stores").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapGet("/{id:guid}/call-budgets", GetCallBudgets)
            .WithName("GetStoreCallBudgets")
            .WithSummary("Get a store's marketplace call budgets")
            .WithDescription(
                "The daily call quotas the store's syncs and pushes draw on (eBay: per application and API, shared by every store on the "
                + "same App ID): limit, used, remaining, when the window resets, and whether the figures are the marketplace's own "
                + "(`marketplace`) or counted by this hub against the configured limit (`estimate`). Empty for marketplaces that report none.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Ok<StoreCallBudgets>, NotFound, ProblemHttpResult>> GetCallBudgets(
        Guid id, IStoreAccountSource accounts, IConnectorRegistry connectors, CancellationToken cancellationToken)
    {
        try
        {
            if (await accounts.FindAsync(id, cancellationToken) is not { } account)
            {
                return TypedResults.NotFound();
            }

            var budgets = connectors.Find(account.Marketplace) is ICallBudgetReporter reporter
                ? await reporter.CallBudgetsAsync(account, cancellationToken)
                : [];
            return TypedResults.Ok(new StoreCallBudgets(id, account.Marketplace, budgets));
        }
        catch (MarketplaceException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The store's call budgets cannot be read.", detail: e.Message);
        }
    }
}

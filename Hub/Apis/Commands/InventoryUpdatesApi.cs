using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Outbox;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>Sets available stock on a store's marketplace, through the command outbox.</summary>
internal static class InventoryUpdatesApi
{
    private const int MaxUpdates = 250;
    private const int MaxSkuLength = 255;
    private const int MaxLocationLength = 255;
    private const int MaxQuantity = 1_000_000_000;

    public static RouteGroupBuilder MapInventoryUpdatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/inventory").WithTags("Inventory updates").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapPost("/updates", CreateUpdates)
            .WithName("CreateInventoryUpdates")
            .WithSummary("Set available stock per SKU and location")
            .WithDescription(
                "Queues one command that sets the quantity available to sell of each SKU at each location, for one store: every "
                + "update of a request must name the same storeId (one request is one command, so an Idempotency-Key names one command). "
                + "Answers 202 with the command id. The same Idempotency-Key and body return the same command; the same key with "
                + "another body is a 422. Follow the command at /api/v1/commands/{commandId}.")
            .Produces<CommandAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    public static async Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> CreateUpdates(
        InventoryUpdatesRequest request,
        [FromHeader(Name = CommandRequests.IdempotencyKeyHeader)] string? idempotencyKey,
        [AsParameters] CommandServices services,
        CancellationToken cancellationToken)
    {
        var errors = Check(request, idempotencyKey).ToList();
        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        var storeId = request.Updates![0].StoreId!.Value;
        var store = await services.Stores.FindAsync(storeId, cancellationToken);
        if (store is null)
        {
            return Problems.Field("updates[0].storeId", $"No store {storeId}.");
        }

        var connector = services.Connectors.Find(store.Marketplace);
        if (connector is null || !connector.Capabilities.HasFlag(MarketplaceCapabilities.PushInventory))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This store's marketplace cannot take stock updates.",
                detail: $"The {store.Marketplace} connector does not set stock.");
        }

        var updates = request.Updates.Select(u => new StockUpdate(u.Sku!.Trim(), Location(u.LocationId), u.Quantity!.Value)).ToList();
        var result = await services.Commands.EnqueueAsync(
            new NewCommand(storeId, CommandKind.SetStock, null, idempotencyKey, JsonSerializer.Serialize(request), CommandPayloads.Stock(updates), services.Time.GetUtcNow()),
            cancellationToken);
        if (CommandRequests.KeyReused(result) is { } reused)
        {
            return reused;
        }

        return await CommandRequests.AcceptedAsync(result, services.Delivery, cancellationToken);
    }

    private static IEnumerable<(string Field, string Message)> Check(InventoryUpdatesRequest request, string? idempotencyKey)
    {
        if (CommandRequests.CheckKey(idempotencyKey) is { } keyError)
        {
            yield return (CommandRequests.IdempotencyKeyHeader, keyError);
        }

        if (request.Updates is not { Count: > 0 and <= MaxUpdates })
        {
            yield return ("updates", $"Between 1 and {MaxUpdates} updates.");
            yield break;
        }

        var store = request.Updates[0]?.StoreId;
        var seen = new HashSet<(string, string?)>();
        for (var i = 0; i < request.Updates.Count; i++)
        {
            var update = request.Updates[i];
            var field = $"updates[{i}]";
            if (update is null)
            {
                yield return (field, "Required.");
                continue;
            }

            if (update.StoreId is null || update.StoreId == Guid.Empty)
            {
                yield return ($"{field}.storeId", "Required.");
            }
            else if (update.StoreId != store)
            {
                yield return ($"{field}.storeId", "Every update of one request must be for the same store; send one request per store.");
            }

            if (string.IsNullOrWhiteSpace(update.Sku) || update.Sku.Length > MaxSkuLength)
            {
                yield return ($"{field}.sku", $"Required, at most {MaxSkuLength} characters.");
            }

            if (update.LocationId is { Length: > MaxLocationLength })
            {
                yield return ($"{field}.locationId", $"At most {MaxLocationLength} characters.");
            }

            if (update.Quantity is not (>= 0 and <= MaxQuantity))
            {
                yield return ($"{field}.quantity", $"Required, between 0 and {MaxQuantity}.");
            }

            if (update.Sku is not null && !seen.Add((update.Sku.Trim(), Location(update.LocationId))))
            {
                yield return (field, "This SKU and location are set twice in one request.");
            }
        }
    }

    /// <summary>A blank location is no location (the store's only one), in the check for repeats as in the command.</summary>
    private static string? Location(string? locationId) => string.IsNullOrWhiteSpace(locationId) ? null : locationId.Trim();
}

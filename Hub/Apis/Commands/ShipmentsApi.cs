using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Outbox;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>Confirms shipments to the marketplace an order came from, through the command outbox.</summary>
internal static class ShipmentsApi
{
    private const int MaxTextLength = 100;
    private const int MaxLines = 250;

    public static RouteGroupBuilder MapShipmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/orders").WithTags("Shipments").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapPost("/{id:guid}/shipments", CreateShipment)
            .WithName("CreateShipment")
            .WithSummary("Confirm a (partial) shipment of an order")
            .WithDescription(
                "Queues a command that tells the order's marketplace what was shipped (carrier, service, tracking number and URL, "
                + "lines and quantities; lines left out stay unshipped) and answers 202 with the command id. Send an Idempotency-Key "
                + "header to make retries safe: the same key and body return the same command; the same key with another body is a 422. "
                + "Follow the command at /api/v1/commands/{commandId}.")
            .Produces<CommandAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    public static async Task<Results<Accepted<CommandAccepted>, ValidationProblem, NotFound, ProblemHttpResult>> CreateShipment(
        Guid id,
        CreateShipmentRequest request,
        [FromHeader(Name = CommandRequests.IdempotencyKeyHeader)] string? idempotencyKey,
        [AsParameters] CommandServices services,
        CancellationToken cancellationToken)
    {
        var errors = Check(request, idempotencyKey).ToList();
        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        if (await services.Orders.FindOrderAsync(id, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        var lines = ShipmentLines.Match(order.Order, request.Lines!, errors);
        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        var store = await services.Stores.FindAsync(order.StoreId, cancellationToken);
        var connector = store is null ? null : services.Connectors.Find(store.Marketplace);
        if (connector is null || !connector.Capabilities.HasFlag(MarketplaceCapabilities.PushShipment))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This order's marketplace cannot take shipment confirmations.",
                detail: $"The {store?.Marketplace ?? "store's"} connector does not confirm shipments.");
        }

        var shipment = new Shipment
        {
            MarketplaceOrderId = order.Order.MarketplaceOrderId,
            Lines = lines,
            Carrier = request.Carrier!.Trim(),
            Service = string.IsNullOrWhiteSpace(request.Service) ? null : request.Service.Trim(),
            TrackingNumber = request.TrackingNumber!.Trim(),
            TrackingUrl = request.TrackingUrl,
            ShippedAt = (request.ShippedAt ?? services.Time.GetUtcNow()).ToUniversalTime(),
        };
        var result = await services.Commands.EnqueueAsync(
            new NewCommand(order.StoreId, CommandKind.ConfirmShipment, id, idempotencyKey, JsonSerializer.Serialize(request), CommandPayloads.Shipment(shipment), services.Time.GetUtcNow()),
            cancellationToken);
        if (CommandRequests.KeyReused(result) is { } reused)
        {
            return reused;
        }

        return await CommandRequests.AcceptedAsync(result, services.Delivery, cancellationToken);
    }

    private static IEnumerable<(string Field, string Message)> Check(CreateShipmentRequest request, string? idempotencyKey)
    {
        if (CommandRequests.CheckKey(idempotencyKey) is { } keyError)
        {
            yield return (CommandRequests.IdempotencyKeyHeader, keyError);
        }

        if (string.IsNullOrWhiteSpace(request.Carrier) || request.Carrier.Length > MaxTextLength)
        {
            yield return ("carrier", $"Required, at most {MaxTextLength} characters.");
        }

        if (request.Service is { Length: > MaxTextLength })
        {
            yield return ("service", $"At most {MaxTextLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(request.TrackingNumber) || request.TrackingNumber.Length > MaxTextLength)
        {
            yield return ("trackingNumber", $"Required, at most {MaxTextLength} characters.");
        }

        if (request.TrackingUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.OriginalString.Length > 2048))
        {
            yield return ("trackingUrl", "When given, an absolute http or https URL of at most 2048 characters.");
        }

        if (request.Lines is not { Count: > 0 and <= MaxLines })
        {
            yield return ("lines", $"Between 1 and {MaxLines} lines.");
            yield break;
        }

        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            if (line is null)
            {
                yield return ($"lines[{i}]", "Required.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.LineId) && string.IsNullOrWhiteSpace(line.Sku))
            {
                yield return ($"lines[{i}].lineId", "Give the line's lineId or its sku.");
            }

            if (line.Quantity is not > 0)
            {
                yield return ($"lines[{i}].quantity", "Required, at least 1.");
            }
        }
    }
}

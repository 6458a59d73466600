using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>What the push endpoints share: the Idempotency-Key rules and the answer to an enqueued command.</summary>
internal static class CommandRequests
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 200;

    public static string? CheckKey(string? key) =>
        key is not null && (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(char.IsControl))
            ? $"When given, 1 to {MaxIdempotencyKeyLength} printable characters."
            : null;

    /// <summary>A 422 problem when the key was used for another request; otherwise null, and the command is accepted.</summary>
    public static ProblemHttpResult? KeyReused(EnqueueResult result) =>
        result.Outcome != EnqueueOutcome.KeyReused
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This Idempotency-Key was already used for a different request.",
                detail: $"The key names command {result.Command.Id}; send a new key for a new request.");

    public static async Task<Accepted<CommandAccepted>> AcceptedAsync(EnqueueResult result, ICommandDelivery delivery, CancellationToken cancellationToken)
    {
        if (result.Outcome == EnqueueOutcome.Created)
        {
            await delivery.DeliverSoonAsync(cancellationToken);
        }

        return TypedResults.Accepted($"/api/v1/commands/{result.Command.Id}", new CommandAccepted(result.Command.Id, result.Command.Status));
    }
}

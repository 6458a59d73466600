using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>
/// A push command: its state, attempts so far, the marketplace's reference and answer once confirmed, or the
/// (bounded) reason it failed or is being retried.
/// </summary>
public sealed record CommandResource(
    Guid Id,
    Guid StoreId,
    CommandKind Kind,
    Guid? OrderId,
    CommandStatus Status,
    int Attempts,
    string? MarketplaceReference,
    string? Result,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? CompletedAt)
{
    public static CommandResource From(CommandView c) => new(
        c.Id, c.StoreId, c.Kind, c.OrderId, c.Status, c.Attempts, c.MarketplaceReference, c.Result, c.Error, c.CreatedAt, c.UpdatedAt, c.NextAttemptAt, c.CompletedAt);
}

using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence;

/// <summary>A push command as the API shows it.</summary>
public sealed record CommandView(
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
    DateTimeOffset? CompletedAt);

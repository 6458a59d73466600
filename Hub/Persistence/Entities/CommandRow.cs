using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence.Entities;

/// <summary>One push command in the outbox: what to send, where it is, and what the marketplace answered.</summary>
internal sealed class CommandRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public CommandKind Kind { get; set; }

    /// <summary>The hub's order a shipment is for; null for stock commands.</summary>
    public Guid? OrderId { get; set; }

    /// <summary>The client's Idempotency-Key, unique per kind; null when the request had none.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 of what was asked (store, order, request body), to tell a replay from a different request under the same key.</summary>
    public string RequestHash { get; set; } = "";

    public string Payload { get; set; } = "";
    public CommandStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The delivery holding the command while Sending, and until when.</summary>
    public Guid? Claim { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
    public string? MarketplaceReference { get; set; }
    public string? Result { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

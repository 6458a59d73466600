using CrossBorderHub.Connectors;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>
/// The durable outbox of push commands. A delivery claims a command by a state change in the database before it
/// talks to the marketplace, so two processes never send the same command at once; a claim whose lease has run out
/// (its process died) can be claimed again. Every write after the claim carries the claim, and is ignored if the
/// command was claimed again since.
/// </summary>
public interface ICommandOutbox
{
    /// <summary>Ids of commands due at <paramref name="now"/>: queued and due, or sending with an expired lease; oldest first.</summary>
    Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Claims the command if it is still due; null when another delivery has it or it is finished.</summary>
    Task<OutboxCommand?> ClaimAsync(Guid commandId, Guid claim, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    Task ConfirmAsync(Guid commandId, Guid claim, PushResult result, DateTimeOffset now, CancellationToken cancellationToken);

    Task RetryLaterAsync(Guid commandId, Guid claim, string reason, DateTimeOffset nextAttemptAt, DateTimeOffset now, CancellationToken cancellationToken);

    Task FailAsync(Guid commandId, Guid claim, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}

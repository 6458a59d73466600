namespace CrossBorderHub.Persistence;

/// <summary>Push commands for operators: the newest with what they asked, and a failed one sent again.</summary>
public interface ICommandBoard
{
    Task<IReadOnlyList<CommandBoardEntry>> ListAsync(Guid? storeId, int limit, CancellationToken ct);

    /// <summary>Queues a Failed command again, due now with a fresh set of attempts; false when it does not exist or has not failed.</summary>
    Task<bool> ResendAsync(Guid id, DateTimeOffset now, CancellationToken ct);
}

namespace CrossBorderHub.Persistence;

/// <summary>Push commands for the API: stored in one transaction with the request's key, read back by id.</summary>
public interface ICommandStore
{
    Task<EnqueueResult> EnqueueAsync(NewCommand command, CancellationToken ct);

    Task<CommandView?> FindAsync(Guid id, CancellationToken ct);
}

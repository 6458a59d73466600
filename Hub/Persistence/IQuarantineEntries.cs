namespace CrossBorderHub.Persistence;

/// <summary>One quarantined record, found to be mapped again and removed once it has been.</summary>
public interface IQuarantineEntries
{
    Task<QuarantineEntry?> FindAsync(Guid id, CancellationToken ct);

    Task<bool> RemoveAsync(Guid id, CancellationToken ct);
}

namespace CrossBorderHub.Persistence;

/// <summary>Records a sync could not map, newest first, for an operator to inspect.</summary>
public interface IQuarantine
{
    Task<IReadOnlyList<QuarantineEntry>> ListAsync(Guid? storeId, int limit, CancellationToken ct);
}

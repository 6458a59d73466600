namespace CrossBorderHub.Scheduler.Ports;

/// <summary>Records what the scheduler learned about a store's health, for the API to show.</summary>
public interface IStoreStatusWriter
{
    /// <summary>The marketplace refused the store's credentials: the store needs re-authorization, with the marketplace's reason.</summary>
    Task MarkNeedsReauthorizationAsync(Guid storeId, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}

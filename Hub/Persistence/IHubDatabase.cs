namespace CrossBorderHub.Persistence;

/// <summary>The hub's database as the host sees it at start-up and in health checks.</summary>
public interface IHubDatabase
{
    /// <summary>Applies the chosen provider's migrations (creating the database or SQLite file when missing).</summary>
    Task MigrateAsync(CancellationToken ct);

    /// <summary>True when the database answers and no migration is pending.</summary>
    Task<bool> IsReadyAsync(CancellationToken ct);
}

namespace CrossBorderHub.Persistence;

/// <summary>A key to store: its hash and display prefix, never the key itself.</summary>
public sealed record NewApiKey(Guid TenantId, string Name, string Hash, string Prefix, DateTimeOffset CreatedAt);

namespace CrossBorderHub.Persistence;

/// <summary>A tenant (seller) as the API shows it.</summary>
public sealed record TenantView(Guid Id, string Name, DateTimeOffset CreatedAt);

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>A tenant to create: its display name.</summary>
public sealed record CreateTenantRequest(string? Name);

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>A new ERP key. <see cref="Key"/> is shown this once: the hub keeps only its hash.</summary>
public sealed record CreatedApiKey(Guid Id, Guid TenantId, string Name, string Prefix, DateTimeOffset CreatedAt, string Key);

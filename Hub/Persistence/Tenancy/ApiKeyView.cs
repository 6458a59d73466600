namespace CrossBorderHub.Persistence;

/// <summary>An ERP key without its secret: the prefix tells keys apart.</summary>
public sealed record ApiKeyView(Guid Id, Guid TenantId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

namespace CrossBorderHub.Persistence.Entities;

/// <summary>An ERP key of one tenant: only the SHA-256 of the key is kept, never the key.</summary>
internal sealed class ApiKeyRow
{
    public Guid Id { get; set; }
    public Guid SellerId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The key's first characters, so an operator can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

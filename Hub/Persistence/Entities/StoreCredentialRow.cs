namespace CrossBorderHub.Persistence.Entities;

/// <summary>A store's credentials, apart from its settings: a Data Protection payload, never plain text.</summary>
internal sealed class StoreCredentialRow
{
    public Guid StoreId { get; set; }
    public string Protected { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Goes up with every write; a rotation writes only over the version it read (compare-and-swap across processes).</summary>
    public long Version { get; set; }

    /// <summary>Set while one process rotates the credentials, so the others wait for its result instead of rotating too.</summary>
    public DateTimeOffset? RotationLeaseUntil { get; set; }
}

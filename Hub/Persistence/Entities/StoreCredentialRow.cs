namespace CrossBorderHub.Persistence.Entities;

/// <summary>A store's credentials, apart from its settings: a Data Protection payload, never plain text.</summary>
internal sealed class StoreCredentialRow
{
    public Guid StoreId { get; set; }
    public string Protected { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

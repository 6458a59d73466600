namespace CrossBorderHub.Persistence.Entities;

internal sealed class StoreRow
{
    public Guid Id { get; set; }
    public Guid SellerId { get; set; }
    public string Marketplace { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The marketplace's settings record as a JSON object.</summary>
    public string Settings { get; set; } = "{}";
    public string? BaseUrl { get; set; }
    public string? AuthUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public StoreStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
}

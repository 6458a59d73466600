namespace CrossBorderHub.Persistence.Entities;

internal sealed class StoreRow
{
    public Guid Id { get; set; }
    public Guid SellerId { get; set; }
    public string Marketplace { get; set; } = "";
    public string Name { get; set; } = "";
    public Dictionary<string, string> Settings { get; set; } = [];
    public string? BaseUrl { get; set; }
    public string? AuthUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

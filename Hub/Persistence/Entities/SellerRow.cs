namespace CrossBorderHub.Persistence.Entities;

internal sealed class SellerRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

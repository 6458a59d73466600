namespace CrossBorderHub.Mapping.Canonical;

/// <summary>One line of an order. Tax and discount are totals for the line, not per unit.</summary>
public sealed record OrderLine
{
    public required string MarketplaceLineId { get; init; }
    public string? Sku { get; init; }
    public string? Title { get; init; }
    public required int Quantity { get; init; }
    public required Money UnitPrice { get; init; }
    public required Money Tax { get; init; }
    public required Money Discount { get; init; }
}

namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Order money, all in the order's currency. <see cref="Discounts"/> is a positive amount taken off.</summary>
public sealed record OrderTotals
{
    public required Money Items { get; init; }
    public required Money Shipping { get; init; }
    public required Money Tax { get; init; }
    public required Money Discounts { get; init; }
    public required Money Total { get; init; }
}

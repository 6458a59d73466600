namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Stock of one SKU at one location of a store.</summary>
public sealed record InventoryLevel
{
    public required string Sku { get; init; }
    public required string LocationId { get; init; }
    public string? LocationName { get; init; }
    public required LocationKind LocationKind { get; init; }

    /// <summary>Units a buyer can order now.</summary>
    public required int Available { get; init; }

    /// <summary>Units physically held, when the marketplace reports it.</summary>
    public int? OnHand { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

namespace CrossBorderHub.Mapping.Canonical;

/// <summary>One sellable variant of a product and its listing on the store (price, item id).</summary>
public sealed record ProductVariant
{
    public required string MarketplaceVariantId { get; init; }
    public string? Sku { get; init; }

    /// <summary>GTIN, EAN, UPC or ISBN as the seller entered it.</summary>
    public string? Barcode { get; init; }

    public string? Title { get; init; }
    public Money? Price { get; init; }
    public Weight? Weight { get; init; }
    public Dimensions? Dimensions { get; init; }

    /// <summary>Harmonized System code for customs declarations.</summary>
    public string? HsCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? CountryOfOrigin { get; init; }
}

namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>
/// Product: the item's title, description, item specifics and identifiers. <c>aspects</c> maps an aspect name to its
/// values (<c>{"Brand":["GoPro"]}</c>); ean, upc and isbn are arrays.
/// </summary>
internal sealed record EbayProduct(
    string? Title,
    string? Subtitle,
    string? Description,
    string? Brand,
    string? Mpn,
    string? Epid,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Aspects,
    IReadOnlyList<string>? ImageUrls,
    IReadOnlyList<string>? Ean,
    IReadOnlyList<string>? Upc,
    IReadOnlyList<string>? Isbn);

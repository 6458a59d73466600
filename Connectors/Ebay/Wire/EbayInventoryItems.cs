namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>
/// getInventoryItems' answer (InventoryItems): one page of the seller's inventory items. <c>size</c> is the number of
/// pages, <c>total</c> the number of items; <c>next</c> is present only while more pages follow.
/// </summary>
internal sealed record EbayInventoryItems(
    string? Href,
    int? Limit,
    string? Next,
    string? Prev,
    int? Size,
    int? Total,
    IReadOnlyList<System.Text.Json.JsonElement>? InventoryItems);

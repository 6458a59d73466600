namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>getOrders' answer (OrderSearchPagedCollection): one page of orders and the offset paging around it.</summary>
internal sealed record EbayOrderSearchPagedCollection(
    string? Href,
    int? Limit,
    int? Offset,
    string? Next,
    string? Prev,
    int? Total,
    IReadOnlyList<System.Text.Json.JsonElement>? Orders,
    IReadOnlyList<EbayErrorDetail>? Warnings);

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>
/// Available stock to set, per SKU and location, for ONE store per request (one request is one command, so an
/// Idempotency-Key names exactly one command). <c>locationId</c> is the marketplace's location id; leave it out
/// for a store with a single location.
/// </summary>
public sealed record InventoryUpdatesRequest(IReadOnlyList<InventoryUpdateRequest>? Updates);

public sealed record InventoryUpdateRequest(Guid? StoreId, string? Sku, string? LocationId, int? Quantity);

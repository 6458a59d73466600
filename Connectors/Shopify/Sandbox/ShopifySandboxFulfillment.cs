namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A fulfillment the sandbox created through fulfillmentCreate, with the tracking as it was sent.</summary>
public sealed record ShopifySandboxFulfillment(
    string Id,
    string OrderId,
    string? Company,
    string? Number,
    string? Url,
    bool NotifyCustomer,
    IReadOnlyDictionary<string, int> QuantityByLineItemId,
    DateTimeOffset CreatedAt);

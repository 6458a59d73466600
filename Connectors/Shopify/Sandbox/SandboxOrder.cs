namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>One generated order as the sandbox writes it (amounts already decimal strings, as Shopify sends them).</summary>
internal sealed record SandboxOrder(
    int Index,
    string? Id,
    long LegacyId,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CancelledAt,
    string FinancialStatus,
    string FulfillmentStatus,
    string ReturnStatus,
    string Currency,
    string Subtotal,
    string Shipping,
    string Tax,
    string Discounts,
    string Total,
    string Email,
    string Phone,
    SandboxAddress Address,
    IReadOnlyList<SandboxLineItem> LineItems);

internal sealed record SandboxAddress(string Name, string? Company, string Address1, string? Address2, string City, string? ProvinceCode, string Zip, string CountryCode, string Phone);

internal sealed record SandboxLineItem(string Id, string Sku, string Title, int Quantity, string UnitPrice, string Tax, string Discount);

namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>
/// Shopify access scopes as the authorization URL sends them (comma-separated) and the token answer returns them. A
/// write scope grants its read scope too, and Shopify returns only the write scope then, so comparisons expand it.
/// </summary>
public static class ShopifyScopes
{
    /// <summary>
    /// What the connector's calls need: orders, products, inventory items and levels with their locations (the Location
    /// object needs read_locations since 2024-07), stock updates (inventorySetQuantities: write_inventory), shipments
    /// (fulfillmentCreate on merchant-managed fulfillment orders, and the order's fulfillments read before it).
    /// </summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "read_orders",
        "read_products",
        "read_locations",
        "read_inventory",
        "write_inventory",
        "read_fulfillments",
        "write_fulfillments",
        "read_merchant_managed_fulfillment_orders",
        "write_merchant_managed_fulfillment_orders",
    ];

    /// <summary>Without these the store's pulls fail; a configured scope list must include them (a write scope counts).</summary>
    public static readonly IReadOnlyList<string> RequiredForPulls = ["read_orders", "read_products", "read_inventory", "read_locations"];

    private const string ReadPrefix = "read_";
    private const string WritePrefix = "write_";

    /// <summary>The scopes of a comma-separated list, trimmed, without blanks or repeats, in their order.</summary>
    public static IReadOnlyList<string> Parse(string? scopes) =>
        (scopes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The list as the authorization URL's <c>scope</c> parameter takes it.</summary>
    public static string Format(IEnumerable<string> scopes) => string.Join(',', scopes);

    /// <summary>Those of <paramref name="required"/> that <paramref name="granted"/> does not cover, a write scope covering its read scope.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> required, IEnumerable<string> granted)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in granted)
        {
            covered.Add(scope);
            if (ImpliedRead(scope) is { } read)
            {
                covered.Add(read);
            }
        }

        return required.Where(scope => !covered.Contains(scope)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>read_x for write_x (and unauthenticated_read_x for unauthenticated_write_x); null for any other scope.</summary>
    private static string? ImpliedRead(string scope)
    {
        var at = scope.IndexOf(WritePrefix, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || scope[..at].EndsWith('_'))
            ? string.Concat(scope.AsSpan(0, at), ReadPrefix, scope.AsSpan(at + WritePrefix.Length))
            : null;
    }
}

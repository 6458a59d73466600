namespace CrossBorderHub.Hub.Tests.Bulk;

/// <summary>A hub whose Shopify stores backfill in bulk, polling the sandbox's operations quickly.</summary>
internal static class BulkHubSettings
{
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["Connectors:Shopify:BulkBackfill"] = "true",
        ["Connectors:Shopify:BulkPollInterval"] = "00:00:00.020",
        ["Connectors:Shopify:BulkPageSize"] = "100",
    };
}

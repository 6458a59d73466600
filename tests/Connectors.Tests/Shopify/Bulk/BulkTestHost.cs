using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify.Bulk;

/// <summary>Connector hosts with the bulk backfill on, polling fast, pointed at a sandbox.</summary>
internal static class BulkTestHost
{
    public static ShopifySandboxOptions Options(int orders = 60) => new()
    {
        Seed = 11,
        OrderCount = orders,
        Throttle = ShopifySandboxThrottle.Off,
        OrdersStartAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static ShopifyTestHost Start(ShopifySandboxOptions options, int pageSize = 25, TimeProvider? time = null, string pollInterval = "00:00:00.010") =>
        new(ShopifySandbox.Start(options), time, new Dictionary<string, string?>
        {
            ["Connectors:Shopify:BulkBackfill"] = "true",
            ["Connectors:Shopify:BulkPollInterval"] = pollInterval,
            ["Connectors:Shopify:BulkPageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>The order index a canonical order id names.</summary>
    public static int IndexOf(string orderId) =>
        (int)(long.Parse(orderId.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture) - 5_100_000_000);

    /// <summary>Reads pages until the pull ends or fails; the failure, if any, is returned beside the pages read before it.</summary>
    public static async Task<(List<SourcePage<T>> Pages, MarketplaceException? Failure)> CollectUntilFailureAsync<T>(IAsyncEnumerable<SourcePage<T>> pull)
    {
        var pages = new List<SourcePage<T>>();
        try
        {
            await foreach (var page in pull)
            {
                pages.Add(page);
            }

            return (pages, null);
        }
        catch (MarketplaceException e)
        {
            return (pages, e);
        }
    }
}

namespace CrossBorderHub.Bench;

/// <summary>What one run of the bench measures.</summary>
internal enum BenchMode
{
    /// <summary>N orders end to end through the sandbox's web server, then the change feed (the original figures).</summary>
    Ingest,

    /// <summary>A fixed wall-clock sync under Shopify's Standard plan: orders per hour against what the bucket allows.</summary>
    Quota,

    /// <summary>The hub's own cost: the same N orders answered from memory, beside the end-to-end figure.</summary>
    Overhead,

    /// <summary>A first sync of N orders through Shopify's bulk operation beside page-by-page paging, both under the Standard plan.</summary>
    Backfill,

    /// <summary>A fixed wall-clock orders sync of the TikTok Shop sandbox enforcing a per-shop request rate.</summary>
    TikTokQuota,
    /// <summary>Amazon orders per simulated hour under the published usage plans: v0 (getOrders + getOrderItems) and searchOrders.</summary>
    AmazonQuota,
    /// <summary>Orders synced per hour from the simulated Shopee shop enforcing a request rate, against what that rate allows.</summary>
    ShopeeQuota,
    /// <summary>A fixed wall-clock eBay orders sync under the Fulfillment API's default daily quota: orders per hour against what it allows.</summary>
    EbayQuota,
}

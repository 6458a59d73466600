using CrossBorderHub.Bench;

// Run: dotnet run -c Release --project bench -- [--mode ingest|quota|overhead|backfill|tiktokquota|amazonquota|shopeequota|ebayquota] [--orders N] [--duration SECONDS]
// ingest (default): N sandbox orders end to end into SQLite, then read back through the change feed.
// quota: orders synced per hour under Shopify's Standard plan, against what the bucket allows.
// overhead: the hub's own cost (pages answered from memory) beside the end-to-end figure.
// backfill: a first sync through Shopify's bulk operation beside paging, under the Standard plan.
// tiktokquota: orders synced per hour from the TikTok Shop sandbox at a per-shop request rate, against what it allows.
// amazonquota: Amazon orders per simulated hour (scaled clock) under the published usage plans, v0 and searchOrders.
// shopeequota: orders synced per hour from the simulated Shopee shop enforcing a request rate, against what it allows.
// ebayquota: eBay orders synced per hour under the Fulfillment API's default daily quota, against what it allows.
var options = BenchOptions.Parse(args);
return options.Mode switch
{
    BenchMode.Quota => await QuotaBench.RunAsync(options),
    BenchMode.Overhead => await OverheadBench.RunAsync(options),
    BenchMode.Backfill => await BackfillBench.RunAsync(options),
    BenchMode.TikTokQuota => await TikTokQuotaBench.RunAsync(options),
    BenchMode.AmazonQuota => await AmazonQuotaBench.RunAsync(options),
    BenchMode.ShopeeQuota => await ShopeeQuotaBench.RunAsync(options),
    BenchMode.EbayQuota => await EbayQuotaBench.RunAsync(options),
    _ => await IngestBench.RunAsync(options),
};

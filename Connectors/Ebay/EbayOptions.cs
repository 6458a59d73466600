using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>Tuning for the eBay connector, bound from "Connectors:Ebay".</summary>
public sealed class EbayOptions : MarketplaceHttpOptions
{
    /// <summary>Orders per getOrders page (eBay's limit, at most 200).</summary>
    [Range(1, EbayConstants.MaxOrdersPageSize)]
    public int OrdersPageSize { get; set; } = EbayConstants.MaxOrdersPageSize;

    /// <summary>Inventory items per getInventoryItems page (eBay's limit, at most 200).</summary>
    [Range(1, EbayConstants.MaxInventoryPageSize)]
    public int InventoryPageSize { get; set; } = 100;

    /// <summary>How far back a store's first orders sync reads (getOrders reaches orders up to two years old).</summary>
    [Range(1, 730)]
    public int BackfillDays { get; set; } = 90;

    /// <summary>The widest lastmodifieddate range one query asks for; offset paging stays shallow inside it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan OrdersWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long eBay may take to show a change in getOrders; a run reads up to now minus this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OrdersLag { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Re-read before the last window's end, for orders whose offset moved while the last run paged.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OrdersOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A cached user access token is refreshed this long before eBay says it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The Fulfillment API's default daily call limit per application. 100,000 is the figure eBay's API call limits page
    /// gives for the Fulfillment API as far as we know; that row was not confirmed from a retrieved copy, so set the
    /// keyset's real quota (Developer Analytics getRateLimits) here.
    /// </summary>
    [Range(1, 100_000_000)]
    public int FulfillmentCallsPerDay { get; set; } = 100_000;

    /// <summary>Calls an application may make at once before the daily rate paces it.</summary>
    [Range(1, 100_000)]
    public int FulfillmentBurst { get; set; } = 500;

    /// <summary>
    /// The Inventory API's default daily call limit per application. 2,000,000 is the figure eBay's API call limits page
    /// gives for the Inventory API as far as we know; like the Fulfillment row it was not confirmed from a retrieved copy,
    /// so set the keyset's real quota (Developer Analytics getRateLimits) here.
    /// </summary>
    [Range(1, 100_000_000)]
    public int InventoryCallsPerDay { get; set; } = 2_000_000;

    [Range(1, 100_000)]
    public int InventoryBurst { get; set; } = 500;

    /// <summary>The refresh_token grant's daily limit per application (developer.ebay.com OAuth rate limits).</summary>
    [Range(1, 100_000_000)]
    public int TokenRefreshesPerDay { get; set; } = 50_000;

    [Range(1, 10_000)]
    public int TokenRefreshBurst { get; set; } = 50;

    /// <summary>The Developer Analytics API's daily limit (eBay's API call limits page: Analytics APIs, 5,000 a day).</summary>
    [Range(1, 100_000_000)]
    public int AnalyticsCallsPerDay { get; set; } = 5_000;

    /// <summary>
    /// Where eBay's quota day ends until getRateLimits says when: midnight Pacific time, as third-party sources say
    /// (not confirmed in eBay's documentation). An id the system does not know falls back to UTC.
    /// </summary>
    [Required]
    [StringLength(64)]
    public string QuotaDayTimeZone { get; set; } = "America/Los_Angeles";

    /// <summary>
    /// How long eBay's getRateLimits figures are trusted before an admin's request reads them again; in between, calls
    /// sent since are subtracted from them. getRateLimits needs an application token (client-credentials grant).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RateLimitsMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

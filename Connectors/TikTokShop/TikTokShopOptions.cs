using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>How the TikTok Shop connector pages, retries and budgets its calls; bound from "Connectors:TikTokShop".</summary>
public sealed class TikTokShopOptions : MarketplaceHttpOptions
{
    /// <summary>Orders per search page; 50 is the largest page integrations report the search returns.</summary>
    [Range(1, 100)]
    public int OrdersPageSize { get; set; } = 50;

    /// <summary>Products per search page (TikTok allows up to 100); each inventory search asks for one page's products.</summary>
    [Range(1, 100)]
    public int ProductsPageSize { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An access token this close to its expiry is refreshed before the call.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Requests per second per shop. TikTok shows each app its limits in Partner Center and publishes no general
    /// figure, so this is an assumed budget to set from the app's own page.
    /// </summary>
    [Range(0.01, 1000)]
    public double RequestsPerSecond { get; set; } = 10;

    [Range(1, 10_000)]
    public int Burst { get; set; } = 20;

    /// <summary>
    /// TikTok's shipping provider id per carrier name (case-insensitive), from the logistics shipping-provider list of
    /// the shop's delivery option. A shipment whose carrier is already a provider id (digits) is sent as it is.
    /// </summary>
    public Dictionary<string, string> ShippingProviders { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

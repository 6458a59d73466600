using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>Tuning for the Shopee connector, bound from "Connectors:Shopee".</summary>
public sealed class ShopeeOptions : MarketplaceHttpOptions
{
    /// <summary>
    /// Orders per get_order_list page (Shopee allows 1 to 100). 50 by default: one get_order_detail batch per page, so a
    /// page lands (and its checkpoint is stored) after two calls, and a failed run loses at most one batch.
    /// </summary>
    [Range(1, 100)]
    public int OrderListPageSize { get; set; } = 50;

    /// <summary>order_sn values per get_order_detail call (Shopee allows 1 to 50).</summary>
    [Range(1, 50)]
    public int OrderDetailBatchSize { get; set; } = 50;

    /// <summary>How far back a store's first orders sync reads, window by window.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan OrdersBackfill { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long after a change Shopee is assumed to list it; a run reads up to now minus this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OrdersLag { get; set; } = TimeSpan.Zero;

    /// <summary>Re-read before the end of the last finished window, for orders updated while the last sync ran.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Items per get_item_list page (Shopee allows 1 to 100); 50 by default, one get_item_base_info batch per page.</summary>
    [Range(1, 100)]
    public int ItemListPageSize { get; set; } = 50;

    /// <summary>item_id values per get_item_base_info call (Shopee allows up to 50).</summary>
    [Range(1, 50)]
    public int ItemBaseInfoBatchSize { get; set; } = 50;

    /// <summary>
    /// How far back a store's first catalog or inventory sync reads, window by window on update_time. Shopee moves an
    /// item's update_time on every price or stock change, so a listing untouched for longer is not read until it changes.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "7300.00:00:00")]
    public TimeSpan CatalogBackfill { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>
    /// update_time window per get_item_list walk. The v2 reference states no maximum (v1 allowed 15 days); 15 days keeps
    /// each window's offset paging short.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan CatalogWindow { get; set; } = TimeSpan.FromDays(15);

    /// <summary>
    /// Requests per second per shop and API. Shopee publishes no per-API figure (its console shows the app's own), so
    /// this is a conservative assumption to set from the app's console.
    /// </summary>
    [Range(0.01, 1000)]
    public double RequestsPerSecond { get; set; } = 10;

    [Range(1, 1000)]
    public int Burst { get; set; } = 10;
}

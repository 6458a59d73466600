using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Tuning for the Shopify connector, bound from "Connectors:Shopify".</summary>
public sealed class ShopifyOptions : MarketplaceHttpOptions
{
    /// <summary>Line items asked for with each order; more are fetched by follow-up queries.</summary>
    [Range(1, 100)]
    public int OrderLineItemsPageSize { get; set; } = 5;

    /// <summary>Line items per follow-up query for an order with more lines than the first page.</summary>
    [Range(1, 100)]
    public int OrderLineItemsFollowUpPageSize { get; set; } = 100;

    /// <summary>Upper bound on orders per page; the cost of one query caps it further.</summary>
    [Range(1, ShopifyConstants.MaxPageSize)]
    public int MaxOrdersPageSize { get; set; } = 250;

    /// <summary>Variants asked for with each product; more are fetched by follow-up queries.</summary>
    [Range(1, 100)]
    public int ProductVariantsPageSize { get; set; } = 10;

    /// <summary>Variants per follow-up query for a product with more variants than the first page.</summary>
    [Range(1, 100)]
    public int ProductVariantsFollowUpPageSize { get; set; } = 100;

    [Range(1, ShopifyConstants.MaxPageSize)]
    public int MaxProductsPageSize { get; set; } = 250;

    /// <summary>Locations asked for per inventory item; more are fetched by follow-up queries.</summary>
    [Range(1, 100)]
    public int InventoryLevelsPageSize { get; set; } = 10;

    /// <summary>Levels per follow-up query for an item stocked at more locations than the first page.</summary>
    [Range(1, 100)]
    public int InventoryLevelsFollowUpPageSize { get; set; } = 100;

    [Range(1, ShopifyConstants.MaxPageSize)]
    public int MaxInventoryItemsPageSize { get; set; } = 250;

    /// <summary>Re-read window before the checkpoint, for records updated while the last sync ran.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A store's first orders or catalog sync (no checkpoint) reads everything through one bulk operation.</summary>
    public bool BulkBackfill { get; set; } = true;

    /// <summary>How often a running bulk operation is asked for its status.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan BulkPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Records per page when a bulk operation's JSONL is streamed into the hub.</summary>
    [Range(1, 10_000)]
    public int BulkPageSize { get; set; } = 250;

    /// <summary>
    /// Bucket assumed before a store's first answer tells the real one (Standard plan: 100 points/s restore).
    /// </summary>
    [Range(1, 100_000)]
    public int AssumedBucketSize { get; set; } = 2000;

    [Range(1, 100_000)]
    public int AssumedRestoreRate { get; set; } = 100;

    /// <summary>Whether Shopify emails the buyer when a shipment is confirmed (fulfillmentCreate notifyCustomer).</summary>
    public bool NotifyCustomerOnShipment { get; set; }
}

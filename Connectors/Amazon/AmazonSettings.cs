using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>An Amazon seller account's settings.</summary>
public sealed record AmazonSettings
{
    [Required(ErrorMessage = "The SP-API region is required: na, eu or fe.")]
    [Description("The SP-API region of the store's marketplaces: na (US, CA, MX, BR), eu (Europe, India, Middle East) or fe (JP, AU, SG).")]
    public string Region { get; init; } = "";

    [Required(ErrorMessage = "At least one marketplace id is required, e.g. ATVPDKIKX0DER.")]
    [MinLength(1, ErrorMessage = "At least one marketplace id is required, e.g. ATVPDKIKX0DER.")]
    [MaxLength(50, ErrorMessage = "Amazon accepts at most 50 marketplace ids per call.")]
    [Description("The marketplace ids orders are read from, e.g. [\"ATVPDKIKX0DER\"].")]
    [System.Text.Json.Serialization.JsonConverter(typeof(MarketplaceIdsConverter))]
    public IReadOnlyList<string> MarketplaceIds { get; init; } = [];

    [Required(ErrorMessage = "The seller id (merchant token) is required.")]
    [StringLength(64)]
    [Description("The seller's merchant token (seller id).")]
    public string SellerId { get; init; } = "";

    [Description("Which Orders API the store reads: 2026-01-01 (default, searchOrders) or v0 (getOrders and getOrderItems).")]
    public string? OrdersApi { get; init; }

    [Description("How the first orders sync reads the history (Connectors:Amazon:InitialLookback): absent to page through the Orders API, or reports (the order report GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL in windows of up to 30 days).")]
    public string? Backfill { get; init; }

    [Description("Which SP-API hosts the store calls: production (default) or sandbox (the region's sandbox host, sandbox.sellingpartnerapi-{region}.amazon.com, with static or dynamic test answers).")]
    public string? Environment { get; init; }
}

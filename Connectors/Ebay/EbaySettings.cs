using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>An eBay store's settings.</summary>
public sealed record EbaySettings
{
    /// <summary>The eBay marketplace the seller sells on, e.g. "EBAY_US", "EBAY_DE"; sent as X-EBAY-C-MARKETPLACE-ID.</summary>
    [Required(ErrorMessage = "The eBay marketplace id is required, e.g. EBAY_US.")]
    [StringLength(20)]
    [Description("The eBay marketplace id, e.g. EBAY_US, EBAY_DE, EBAY_ES; sent as X-EBAY-C-MARKETPLACE-ID.")]
    public string MarketplaceId { get; init; } = "";

    /// <summary>"production" (api.ebay.com, the default) or "sandbox" (api.sandbox.ebay.com).</summary>
    [StringLength(20)]
    [Description("production (api.ebay.com, the default) or sandbox (api.sandbox.ebay.com).")]
    public string? Environment { get; init; }

    /// <summary>
    /// The seller's immutable eBay user id (Commerce Identity getUser <c>userId</c>), which identifies the store on eBay;
    /// set when the store is connected through consent, absent for stores created with credentials.
    /// </summary>
    [StringLength(128)]
    [Description("The seller's immutable eBay user id (Commerce Identity getUser userId); set by consent, optional otherwise.")]
    public string? UserId { get; init; }
}

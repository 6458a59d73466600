using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>A Shopify store's settings.</summary>
public sealed record ShopifySettings
{
    /// <summary>The shop's permanent domain, e.g. "acme.myshopify.com": no scheme, no path. The API is https://{shopDomain}.</summary>
    [Required(ErrorMessage = "The shop's myshopify.com domain is required, e.g. acme.myshopify.com.")]
    [StringLength(255)]
    [Description("The shop's permanent domain, e.g. acme.myshopify.com (no scheme, no path); the API is https://{shopDomain}.")]
    public string ShopDomain { get; init; } = "";
}

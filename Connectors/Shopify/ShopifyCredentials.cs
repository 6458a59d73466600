using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>A Shopify store's credentials: write-only, encrypted at rest.</summary>
public sealed record ShopifyCredentials
{
    /// <summary>The Admin API access token, sent as X-Shopify-Access-Token.</summary>
    [Required(ErrorMessage = "The Admin API access token is required.")]
    [StringLength(4096)]
    [Description("The Admin API access token of the app installed on the shop, sent as X-Shopify-Access-Token.")]
    public string AccessToken { get; init; } = "";
}

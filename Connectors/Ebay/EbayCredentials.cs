using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>An eBay store's credentials: write-only, encrypted at rest. The user access token is never stored; it is refreshed.</summary>
public sealed record EbayCredentials
{
    [Required(ErrorMessage = "The application's App ID (client id) is required.")]
    [StringLength(256)]
    [Description("The application's App ID (OAuth client id).")]
    public string ClientId { get; init; } = "";

    [Required(ErrorMessage = "The application's Cert ID (client secret) is required.")]
    [StringLength(256)]
    [Description("The application's Cert ID (OAuth client secret).")]
    public string ClientSecret { get; init; } = "";

    [Required(ErrorMessage = "The seller's OAuth refresh token is required.")]
    [StringLength(4096)]
    [Description("The seller's OAuth user refresh token, granted with the sell.fulfillment and sell.inventory scopes.")]
    public string RefreshToken { get; init; } = "";
}

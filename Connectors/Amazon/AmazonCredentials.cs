using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>An Amazon seller account's Login with Amazon credentials: write-only, encrypted at rest.</summary>
public sealed record AmazonCredentials
{
    [Required(ErrorMessage = "The LWA client id of the app is required.")]
    [StringLength(512)]
    [Description("The LWA client id of the SP-API app (amzn1.application-oa2-client....).")]
    public string ClientId { get; init; } = "";

    [Required(ErrorMessage = "The LWA client secret of the app is required.")]
    [StringLength(4096)]
    [Description("The LWA client secret of the SP-API app.")]
    public string ClientSecret { get; init; } = "";

    [Required(ErrorMessage = "The refresh token the seller authorized the app with is required.")]
    [StringLength(4096)]
    [Description("The LWA refresh token (Atzr|...) the seller's authorization gave the app.")]
    public string RefreshToken { get; init; } = "";
}

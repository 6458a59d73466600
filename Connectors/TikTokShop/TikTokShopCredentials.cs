using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>A TikTok Shop store's credentials: write-only, encrypted at rest; the tokens are rotated by refresh.</summary>
public sealed record TikTokShopCredentials
{
    [Required(ErrorMessage = "The app secret is required.")]
    [StringLength(256)]
    [Description("The app secret: the HMAC-SHA256 key of every request signature.")]
    public string AppSecret { get; init; } = "";

    [Required(ErrorMessage = "The access token is required.")]
    [StringLength(4096)]
    [Description("The seller's access token, sent as x-tts-access-token.")]
    public string AccessToken { get; init; } = "";

    [Required(ErrorMessage = "The refresh token is required.")]
    [StringLength(4096)]
    [Description("The refresh token that obtains a new access token before the current one expires.")]
    public string RefreshToken { get; init; } = "";

    [RegularExpression("^[0-9]{1,12}$", ErrorMessage = "The expiry is unix seconds.")]
    [Description("When the access token expires (unix seconds); the hub writes it on refresh. Absent: refreshed when TikTok refuses the token.")]
    public string? AccessTokenExpiresAt { get; init; }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// A Shopee shop's credentials: write-only, encrypted at rest. The access token lasts 4 hours and the refresh token is
/// single-use, so both are rewritten together whenever the connector refreshes them.
/// </summary>
public sealed record ShopeeCredentials
{
    [Required(ErrorMessage = "The partner key of the Shopee Open Platform app is required.")]
    [StringLength(4096)]
    [Description("The app's partner key, the HMAC-SHA256 key every request is signed with.")]
    public string PartnerKey { get; init; } = "";

    [Required(ErrorMessage = "The shop's access token is required.")]
    [StringLength(4096)]
    [Description("The shop's access token (4 hours); refreshed by the hub.")]
    public string AccessToken { get; init; } = "";

    [Required(ErrorMessage = "The shop's refresh token is required.")]
    [StringLength(4096)]
    [Description("The shop's refresh token (single-use, 30 days); rotated by the hub.")]
    public string RefreshToken { get; init; } = "";

    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ShopeeConstants.PartnerKeyCredential] = PartnerKey,
        [ShopeeConstants.AccessTokenCredential] = AccessToken,
        [ShopeeConstants.RefreshTokenCredential] = RefreshToken,
    };
}

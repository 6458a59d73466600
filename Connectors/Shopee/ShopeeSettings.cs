using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>A Shopee shop's settings: the partner (app) and the authorized shop, and which Shopee platform they live on.</summary>
public sealed record ShopeeSettings
{
    [Range(1, long.MaxValue, ErrorMessage = "The partner id of the Shopee Open Platform app is required.")]
    [Description("The partner id of the Shopee Open Platform app.")]
    public long PartnerId { get; init; }

    [Range(1, long.MaxValue, ErrorMessage = "The shop id the seller authorized is required.")]
    [Description("The shop id returned with the authorization code.")]
    public long ShopId { get; init; }

    /// <summary>global (partner.shopeemobile.com, the default), cn (openplatform.shopee.cn) or sandbox.</summary>
    [Description("The platform: global (default), cn (mainland China) or sandbox.")]
    public string? Host { get; init; }
}

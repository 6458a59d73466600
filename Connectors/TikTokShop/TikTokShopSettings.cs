using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>A TikTok Shop store's settings.</summary>
public sealed record TikTokShopSettings
{
    [Required(ErrorMessage = "The app key of the Partner Center app is required.")]
    [StringLength(128)]
    [Description("The app key of the TikTok Shop Partner Center app, sent as the app_key query parameter.")]
    public string AppKey { get; init; } = "";

    [Required(ErrorMessage = "The shop id is required.")]
    [StringLength(64)]
    [Description("The shop's id, as the authorized shops list gives it.")]
    public string ShopId { get; init; } = "";

    [StringLength(256)]
    [Description("The shop's cipher, sent as shop_cipher on shop-scoped calls. Absent: read from /authorization/202309/shops for the shop id and kept in memory.")]
    public string? ShopCipher { get; init; }

    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "The region is a two-letter code such as GB or US.")]
    [Description("The shop's region (two letters, e.g. GB), for display; the API host is global.")]
    public string? Region { get; init; }
}

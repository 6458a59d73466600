using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// Which of the shops a seller's authorization covers becomes the store (a grant is one store): the shop the seller named
/// before leaving (its id, or its region when only one shop is there); otherwise the only shop; otherwise the only shop
/// in the region the seller authorized from (the callback's shop_region). Anything else is refused with the list of
/// shops, so that the seller starts again naming one; nothing is guessed.
/// </summary>
internal static class TikTokShopShopChoice
{
    /// <exception cref="ConsentRefusedException">No shop, or not one shop, fits.</exception>
    public static TikTokShopAuthorizedShop Pick(IReadOnlyList<TikTokShopAuthorizedShop> shops, string? wanted, string? callbackRegion)
    {
        if (shops.Count == 0)
        {
            throw new ConsentRefusedException("The TikTok Shop authorization covers no shop.");
        }

        if (wanted is not null)
        {
            var named = shops.Where(s => IsShopId(wanted) ? s.Id == wanted : SameRegion(s.Region, wanted)).ToList();
            return named.Count switch
            {
                1 => named[0],
                0 => throw new ConsentRefusedException($"The TikTok Shop authorization does not cover shop {wanted}; it covers {Describe(shops)}."),
                _ => throw new ConsentRefusedException($"Several authorized TikTok shops are in region {wanted} ({Describe(named)}): start again and name the shop by its id."),
            };
        }

        if (shops.Count == 1)
        {
            return shops[0];
        }

        var inRegion = callbackRegion is null ? [] : shops.Where(s => SameRegion(s.Region, callbackRegion)).ToList();
        return inRegion.Count == 1
            ? inRegion[0]
            : throw new ConsentRefusedException(
                $"The TikTok Shop authorization covers {shops.Count} shops ({Describe(shops)}): start again and name the shop to connect by its region or id.");
    }

    /// <summary>A shop id is digits; anything else the seller names is a region.</summary>
    public static bool IsShopId(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    /// <summary>The region as a country code (TikTok's "UK" is GB); null when it is none.</summary>
    public static string? Region(string? region) =>
        string.Equals(region, "UK", StringComparison.OrdinalIgnoreCase) || CountryCodes.IsKnown(region) ? CountryCodes.Normalize(region) : null;

    private static bool SameRegion(string? shopRegion, string region) =>
        Region(shopRegion) is { } known ? known == Region(region) : string.Equals(shopRegion, region, StringComparison.OrdinalIgnoreCase);

    private static string Describe(IEnumerable<TikTokShopAuthorizedShop> shops) =>
        string.Join(", ", shops.Select(s => $"{(string.IsNullOrEmpty(s.Name) ? "shop" : s.Name)} ({s.Region ?? "no region"}, id {s.Id})"));
}

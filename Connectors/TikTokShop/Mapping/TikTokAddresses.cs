using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>The recipient address: city and region come from district_info's named levels.</summary>
internal static class TikTokAddresses
{
    private static readonly string[] RegionLevels = ["State", "Province", "County", "Region"];
    private static readonly string[] CityLevels = ["City", "Town", "Post town"];

    public static Address? From(TikTokRecipientAddress? address) =>
        address is null
            ? null
            : new Address
            {
                Name = address.Name,
                Phone = address.PhoneNumber,
                Line1 = address.AddressLine1,
                Line2 = string.IsNullOrEmpty(address.AddressLine2) ? null : address.AddressLine2,
                City = Level(address, CityLevels),
                Region = Level(address, RegionLevels),
                PostalCode = address.PostalCode,
                CountryCode = address.RegionCode is null ? null : CountryCodes.Normalize(address.RegionCode),
            };

    private static string? Level(TikTokRecipientAddress address, string[] names) =>
        address.DistrictInfo?.FirstOrDefault(d => names.Contains(d.AddressLevelName, StringComparer.OrdinalIgnoreCase))?.AddressName;
}

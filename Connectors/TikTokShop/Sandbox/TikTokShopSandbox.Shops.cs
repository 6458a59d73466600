using System.Text.Json.Nodes;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    /// <summary>GET /authorization/202309/shops: the seller's other shops, then the sandbox's own shop.</summary>
    private (long Code, string Message, JsonNode? Data) AuthorizedShops(IRequestMessage request) =>
        (0, "Success", new JsonObject
        {
            ["shops"] = new JsonArray(
            [
                .. _options.OtherShops.Select(Shop),
                Shop(new TikTokShopSandboxShop(_options.ShopId, _options.ShopName, _options.ShopRegion, _options.ShopCipher)),
            ]),
        });

    private static JsonObject Shop(TikTokShopSandboxShop shop) => new()
    {
        ["id"] = shop.Id,
        ["name"] = shop.Name,
        ["region"] = shop.Region,
        ["seller_type"] = "LOCAL",
        ["cipher"] = shop.Cipher,
        ["code"] = $"{shop.Region}LC{shop.Id[^Math.Min(6, shop.Id.Length)..]}",
    };
}

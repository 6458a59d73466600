using System.Text.Json.Nodes;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    /// <summary>GET /authorization/202309/shops: the sandbox's shop and another shop of the same seller.</summary>
    private (long Code, string Message, JsonNode? Data) AuthorizedShops(IRequestMessage request) =>
        (0, "Success", new JsonObject
        {
            ["shops"] = new JsonArray(
                Shop("7494000000000000999", "Sandbox other shop", "ROW_other_cipher"),
                Shop(_options.ShopId, "Sandbox shop", _options.ShopCipher)),
        });

    private static JsonObject Shop(string id, string name, string cipher) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["region"] = "GB",
        ["seller_type"] = "LOCAL",
        ["cipher"] = cipher,
        ["code"] = $"GBLC{id[^6..]}",
    };
}

using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Wire;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

internal static class TikTokShopFixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TikTokShop", "Fixtures", name));

    public static IReadOnlyList<JsonElement> SearchedOrders() =>
        JsonSerializer.Deserialize(Text("orders-search.json"), TikTokShopJsonContext.Default.TikTokEnvelopeTikTokOrderSearchData)!.Data!.Orders!;

    public static TikTokOrder Order(int index) => SearchedOrders()[index].Deserialize(TikTokShopJsonContext.Default.TikTokOrder)!;
}

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>Shopee's published examples, copied under Fixtures/ (the get_order_detail one repaired: see its test).</summary>
internal static class ShopeeFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shopee", "Fixtures", name));
}

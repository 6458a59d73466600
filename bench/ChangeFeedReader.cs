using System.Diagnostics;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Bench;

internal static class ChangeFeedReader
{
    /// <summary>Follows the order feed of one store from the start until a page comes back empty, as an ERP does.</summary>
    public static async Task<(int Orders, TimeSpan Elapsed)> ReadAllAsync(IChangeFeed feed, Guid storeId, int pageSize)
    {
        var clock = Stopwatch.StartNew();
        long after = 0;
        var orders = 0;
        while (true)
        {
            var page = await feed.ReadOrdersAsync(after, pageSize, storeId, CancellationToken.None);
            if (page.Items.Count == 0)
            {
                return (orders, clock.Elapsed);
            }

            orders += page.Items.Count;
            after = page.Last;
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderHub.Hub.Tests.Fairness;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Admin;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_after_a_sync_count_its_run_records_and_queue_lag_and_a_failed_run_by_its_kind()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 12, seed: 93);
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Metered store");
        var refused = await admin.ConnectSandboxStoreAsync(sandbox, "Metered refused", accessToken: "shpat_revoked");
        await admin.SyncAsync(storeId, "orders");
        await admin.WaitForRunAsync(await admin.StartSyncAsync(refused, "orders"));

        // The exporter caches a scrape for a short while: scrape until the finished runs show.
        var text = "";
        await FairnessClient.WaitUntilAsync(async () =>
        {
            text = await factory.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative));
            return text.Contains("status=\"Failed\"", StringComparison.Ordinal);
        });

        // Meters are process-wide: hubs of tests running beside this one may add to the same series.
        Assert.True(Value(text, "cbh_sync_runs_total\\{[^}]*entity=\"orders\"[^}]*status=\"Succeeded\"[^}]*\\}") >= 1, text);
        Assert.True(Value(text, "cbh_sync_records_total\\{[^}]*entity=\"orders\"[^}]*outcome=\"upserted\"[^}]*\\}") >= 12, text);
        Assert.True(Value(text, "cbh_sync_errors_total\\{[^}]*kind=\"AuthorizationRefused\"[^}]*\\}") >= 1, text);
        Assert.Contains("cbh_sync_run_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("cbh_sync_queue_lag_seconds_count", text, StringComparison.Ordinal);
        Assert.Contains("cbh_sync_throttle_wait_seconds_total", text, StringComparison.Ordinal);
    }

    private static double Value(string text, string series)
    {
        var match = Regex.Match(text, series + " ([0-9.eE+-]+)");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}

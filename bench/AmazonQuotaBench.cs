using System.Diagnostics;
using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Bench;

/// <summary>
/// Amazon orders synced per hour under the published usage plans (getOrders 0.0167/s burst 20, getOrderItems 0.5/s
/// burst 30; searchOrders 0.0056/s burst 20), enforced by the sandbox and budgeted by the connector, both on one scaled
/// clock: an hour of Amazon's time passes in seconds, so the figure is what the plans allow the connector's pacing, not
/// the wall-clock speed of the machine. Orders are pulled through the connector (parse and map), not written to a store.
/// </summary>
internal static class AmazonQuotaBench
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>Scaled-clock step: the clock moves this much whenever the pull is waiting.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        _ = options;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("Amazon orders per simulated hour, published usage plans enforced by the sandbox (429 past the bucket), scaled clock.");
        foreach (var (api, label, theory, steady) in new[]
        {
            (AmazonConstants.OrdersApiV0, "v0 getOrders + getOrderItems", 30 + (0.5 * 3600), 0.5 * 3600),
            (AmazonConstants.OrdersApi2026, "2026-01-01 searchOrders (items embedded)", (20 + (0.0056 * 3600)) * 100, 0.0056 * 3600 * 100),
        })
        {
            var (orders, first, throttled, wall) = await MeasureAsync(api);
            Console.WriteLine(string.Create(c, $"{label}: {orders:N0} orders in the first hour ({first:N0} within the first minute, from the initial burst); plans allow {theory:N0} in the first hour and {steady:N0}/h once the burst is spent; 429s {throttled}; wall clock {wall.TotalSeconds:N0} s."));
        }

        return 0;
    }

    private static async Task<(int Orders, int FirstMinute, int Throttled, TimeSpan Wall)> MeasureAsync(string ordersApi)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = time.GetUtcNow();
        using var sandbox = AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 21,
            OrderCount = 20_000,
            TimeProvider = time,
            OrdersStartAt = start - TimeSpan.FromDays(10),
            OrderInterval = TimeSpan.FromSeconds(30),
            LogRequests = false,
            ExpiresInSeconds = 86_400,
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Amazon:InitialLookback"] = "11.00:00:00",
            ["Connectors:Amazon:AttemptTimeout"] = "00:05:00",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        services.AddAmazonConnector(configuration);
        await using var provider = services.BuildServiceProvider();
        var connector = provider.GetRequiredService<IConnectorRegistry>().Find(AmazonConstants.Marketplace)!;
        var account = new StoreAccount(
            Guid.NewGuid(),
            Guid.NewGuid(),
            AmazonConstants.Marketplace,
            "Bench seller",
            new Dictionary<string, string> { ["region"] = "na", ["marketplaceIds"] = sandbox.Options.MarketplaceId, ["sellerId"] = "A2BENCH", ["ordersApi"] = ordersApi },
            new Dictionary<string, string> { ["clientId"] = sandbox.Options.ClientId, ["clientSecret"] = sandbox.Options.ClientSecret, ["refreshToken"] = sandbox.Options.RefreshToken },
            sandbox.Url,
            sandbox.Url);

        var orders = 0;
        var firstMinute = 0;
        var wall = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var pull = Task.Run(async () =>
        {
            await foreach (var page in connector.PullOrdersAsync(account, null, stop.Token))
            {
                if (time.GetUtcNow() - start > Hour)
                {
                    break;
                }

                Interlocked.Add(ref orders, page.Items.Count);
                if (time.GetUtcNow() - start <= TimeSpan.FromMinutes(1))
                {
                    firstMinute = Volatile.Read(ref orders);
                }
            }
        });
        while (!pull.IsCompleted && time.GetUtcNow() - start <= Hour)
        {
            time.Advance(Step);
            await Task.WhenAny(pull, Task.Delay(1));
        }

        await stop.CancelAsync();
        try
        {
            await pull;
        }
        catch (OperationCanceledException)
        {
            // The hour was up while the pull waited for its bucket.
        }

        return (Volatile.Read(ref orders), firstMinute, sandbox.ThrottledCount, wall.Elapsed);
    }
}

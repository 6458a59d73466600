using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Fairness;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Budgets;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Budgets;

public sealed class QuotaYieldTests
{
    [Fact]
    public async Task Runs_that_spend_the_budget_yield_and_resume_when_it_refills_while_orders_and_catalog_share_one_budget()
    {
        using var folder = new TempFolder();

        // The sandbox restores its bucket in real time: the hub's estimate and the marketplace's must agree.
        using var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 81,
            OrderCount = 60,
            ProductCount = 30,
            LocationCount = 2,
            ShopDomain = "budget-81.myshopify.com",
            TimeProvider = TimeProvider.System,
            Throttle = new ShopifySandboxThrottle { MaximumAvailable = 1000, RestoreRate = 500 },
        });
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Sync:BudgetYieldAfter"] = "00:00:00.050",
            ["Connectors:Shopify:MaxOrdersPageSize"] = "5",
            ["Connectors:Shopify:MaxProductsPageSize"] = "5",
            ["Connectors:Shopify:AssumedBucketSize"] = "1000",
            ["Connectors:Shopify:AssumedRestoreRate"] = "500",

            // The sandbox's orders arrive seconds apart: an overlap re-reads them all and each resumed run starts over.
            ["Connectors:Shopify:CheckpointOverlap"] = "00:00:00",
        });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var erp = factory.CreateClient(HubFactory.ErpKey);
        var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Budget store");

        await admin.StartSyncAsync(storeId, "orders");
        await admin.StartSyncAsync(storeId, "catalog");
        await FairnessClient.WaitUntilAsync(async () => Done(await admin.RunsAsync(storeId)));

        var runs = await admin.RunsAsync(storeId);
        var deferred = runs.Where(r => r.GetProperty("status").GetString() == "Deferred").ToList();
        Assert.NotEmpty(deferred);
        Assert.All(deferred, r =>
        {
            Assert.StartsWith("Deferred:", r.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.True(r.GetProperty("pages").GetInt32() >= 1, r.ToString());
        });

        // Each deferred run is continued by exactly one run queued for when the budget refills.
        Assert.Equal(deferred.Count, runs.Count(r => r.GetProperty("trigger").GetString() == "resume"));
        Assert.Contains(deferred, r => r.GetProperty("entity").GetString() == "orders");

        // Both entities drew on the store's one Admin GraphQL budget, so together they hardly overspent the real bucket
        // (an answer's correction can race the other entity's request in flight; separate estimates would overspend it on every burst).
        var budget = Assert.Single(factory.Services.GetRequiredService<RateBudgetBoard>().Read(storeId));
        Assert.Equal("admin-graphql", budget.Operation);
        Assert.True(sandbox.ThrottledCount <= 2, $"{sandbox.ThrottledCount} throttled answers");
        var (orders, _) = await erp.ReadFeedAsync("orders", storeId);
        Assert.Equal(60, orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()).Distinct().Count());
        Assert.Equal(60, orders.Count);
        var (products, _) = await erp.ReadFeedAsync("products", storeId);
        Assert.True(sandbox.Data.ProductIds().ToHashSet().SetEquals(products.Select(p => p.GetProperty("marketplaceProductId").GetString()!)));
    }

    /// <summary>Nothing queued or running, and the newest run of each entity succeeded.</summary>
    private static bool Done(List<JsonElement> runs) =>
        runs.All(r => r.GetProperty("status").GetString() is "Succeeded" or "Failed" or "Deferred")
        && runs.GroupBy(r => r.GetProperty("entity").GetString())
            .All(g => g.MaxBy(r => r.GetProperty("queuedAt").GetDateTimeOffset()).GetProperty("status").GetString() == "Succeeded")
        && runs.Select(r => r.GetProperty("entity").GetString()).Distinct().Count() == 2;
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Secrets;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Retention;

/// <summary>
/// Buyer data of done orders is redacted after the marketplace's retention, on a fake clock: the ERP feed delivers each
/// redaction once as a change, open orders keep their buyer, quarantined payloads go too, and no log line carries a buyer.
/// </summary>
public sealed partial class RetentionTests
{
    private static readonly string[] Done = ["Shipped", "Delivered", "Cancelled"];
    private static readonly string[] AddressFields = ["name", "line1", "line2", "city", "postalCode", "phone", "company"];

    [Fact]
    public async Task Buyer_data_of_done_orders_is_redacted_after_the_retention_and_the_feed_reports_it_on_sqlite()
    {
        using var folder = new TempFolder();
        await RedactionScenarioAsync(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);
    }

    [PostgreSqlFact]
    public async Task Buyer_data_of_done_orders_is_redacted_after_the_retention_and_the_feed_reports_it_on_postgresql()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.PostgreSql();
        try
        {
            await RedactionScenarioAsync(database, folder.Path);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task RedactionScenarioAsync(DatabaseUnderTest database, string folder)
    {
        var logs = new CapturedLogs();
        await using var hub = new HubFactory(database, folder, new Dictionary<string, string?> { ["Retention:Marketplaces:shopify:Days"] = "30" }, s => s.AddSingleton<ILoggerProvider>(logs));
        var admin = hub.CreateClient(HubFactory.AdminKey);
        using var sandbox = Sandboxes.Shopify(orders: 40, seed: 71, new ShopifyFaultPlan { OrderRecords = new Dictionary<int, ShopifySandboxRecordFault> { [2] = ShopifySandboxRecordFault.BadAmount } });
        var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Retention shop");
        await admin.SyncAsync(storeId, "orders");
        var (orders, cursor) = await admin.ReadFeedAsync("orders", storeId);
        var quarantinedAt = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quarantine?storeId={storeId}")).EnumerateArray())
            .GetProperty("quarantinedAt").GetDateTimeOffset();
        var done = orders.Where(o => Done.Contains(o.GetProperty("status").GetString())).ToList();
        var open = orders.Except(done).ToList();
        Assert.NotEmpty(done);
        Assert.NotEmpty(open);
        Assert.All(orders, o => Assert.Equal(JsonValueKind.Object, o.GetProperty("buyer").ValueKind));

        var latest = orders.Max(UpdatedAt);
        var clock = new FakeTimeProvider(latest);
        var retention = hub.Services.GetRequiredService<IPersonalDataRetention>();

        // At the latest update only what was done more than 30 days before it is due; 31 days on, every done order.
        var firstDue = done.Where(o => UpdatedAt(o) < clock.GetUtcNow().AddDays(-30)).Select(Id).ToHashSet();
        var first = await retention.RedactDueAsync(clock.GetUtcNow(), CancellationToken.None);
        var (firstChanges, afterFirst) = await admin.ReadFeedAsync("orders", storeId, cursor);
        Assert.Equal(firstDue.Count, first.OrdersRedacted);
        Assert.True(firstDue.SetEquals(firstChanges.Select(Id)));

        clock.Advance(TimeSpan.FromDays(31));
        var second = await retention.RedactDueAsync(clock.GetUtcNow(), CancellationToken.None);
        var (secondChanges, afterSecond) = await admin.ReadFeedAsync("orders", storeId, afterFirst);
        Assert.Equal(done.Count - firstDue.Count, second.OrdersRedacted);
        Assert.True(done.Select(Id).Except(firstDue).ToHashSet().SetEquals(secondChanges.Select(Id)));

        foreach (var redacted in firstChanges.Concat(secondChanges))
        {
            var before = orders.Single(o => Id(o) == Id(redacted));
            Assert.Equal(JsonValueKind.Null, redacted.GetProperty("buyer").ValueKind);
            Assert.Equal(JsonValueKind.String, redacted.GetProperty("personalDataRedactedAt").ValueKind);
            var address = redacted.GetProperty("shippingAddress");
            if (address.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(before.GetProperty("shippingAddress").GetProperty("countryCode").GetString(), address.GetProperty("countryCode").GetString());
                Assert.All(AddressFields, f => Assert.Equal(JsonValueKind.Null, address.GetProperty(f).ValueKind));
            }

            Assert.Equal(before.GetProperty("lines").GetRawText(), redacted.GetProperty("lines").GetRawText());
        }

        // Open orders keep their buyer; a second pass finds nothing more to do.
        foreach (var kept in open)
        {
            var now = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{Id(kept)}");
            Assert.Equal(kept.GetProperty("buyer").GetRawText(), now.GetProperty("buyer").GetRawText());
            Assert.Equal(JsonValueKind.Null, now.GetProperty("personalDataRedactedAt").ValueKind);
        }

        Assert.Equal(0, (await retention.RedactDueAsync(clock.GetUtcNow(), CancellationToken.None)).OrdersRedacted);
        Assert.Empty((await admin.ReadFeedAsync("orders", storeId, afterSecond)).Items);

        // The quarantined raw payload (buyer included) goes 30 days after it was quarantined.
        var third = await retention.RedactDueAsync(Later(clock.GetUtcNow(), quarantinedAt.AddDays(31)), CancellationToken.None);
        Assert.Equal(new RetentionResult(0, 1), third with { QuarantineDeleted = first.QuarantineDeleted + second.QuarantineDeleted + third.QuarantineDeleted });
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quarantine?storeId={storeId}")).EnumerateArray());

        var buyerData = orders.SelectMany(BuyerStrings).Where(s => s.Length > 4).Distinct().ToList();
        Assert.NotEmpty(buyerData);
        // Ids are random hex: a short numeric value (a postcode) may turn up inside one by chance, which is no leak.
        Assert.All(logs.Lines.Select(WithoutIds), line => Assert.All(buyerData, pii => Assert.DoesNotContain(pii, line, StringComparison.Ordinal)));
    }

    private static string WithoutIds(string line) => Ids().Replace(line, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Ids();

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static Guid Id(JsonElement order) => order.GetProperty("id").GetGuid();

    private static DateTimeOffset UpdatedAt(JsonElement order) => order.GetProperty("updatedAt").GetDateTimeOffset();

    private static IEnumerable<string> BuyerStrings(JsonElement order)
    {
        foreach (var part in new[] { "buyer", "shippingAddress" })
        {
            if (order.GetProperty(part) is { ValueKind: JsonValueKind.Object } value)
            {
                foreach (var field in value.EnumerateObject())
                {
                    if (field.Name != "countryCode" && field.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return field.Value.GetString()!;
                    }
                }
            }
        }
    }
}

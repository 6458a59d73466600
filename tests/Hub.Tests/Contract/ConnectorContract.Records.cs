using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

public abstract partial class ConnectorContract<TAdapter>
{
    private const int RecordOrders = 200;

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Bad_records_are_quarantined_with_raw_payload_and_reason_while_the_rest_lands(string database)
    {
        var hub = await HubAsync(database);
        int[] bad = [5, 17, 33, 50, 151];
        using var sandbox = Adapter.Start(new ContractPlan(RecordOrders, SeedFor(nameof(Bad_records_are_quarantined_with_raw_payload_and_reason_while_the_rest_lands), database))
        {
            BadRecords = bad.ToHashSet(),
        });
        var storeId = await ConnectAsync(hub, sandbox, "Contract bad records store");

        var run = await hub.Admin.SyncAsync(storeId, "orders");
        var ids = await OrderIdsInFeedAsync(hub, storeId);
        var quarantine = (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/quarantine?storeId={storeId}")).EnumerateArray().ToList();

        AssertEachOnce(sandbox.OrderIds.Where((_, index) => !bad.Contains(index)), ids);
        Assert.Equal(bad.Length, run.GetProperty("quarantined").GetInt32());
        Assert.Equal(bad.Length, quarantine.Count);
        Assert.All(quarantine, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("reason").GetString()));
            using var raw = JsonDocument.Parse(entry.GetProperty("rawPayload").GetString()!);
            Assert.Equal(JsonValueKind.Object, raw.RootElement.ValueKind);
        });
    }
}

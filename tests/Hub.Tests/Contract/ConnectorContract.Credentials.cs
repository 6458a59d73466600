using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

public abstract partial class ConnectorContract<TAdapter>
{
    private const int CredentialOrders = 50;

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Refused_credentials_end_the_run_failed_with_the_marketplaces_reason_and_no_orders(string database)
    {
        var hub = await HubAsync(database);
        using var sandbox = Adapter.Start(new ContractPlan(CredentialOrders, SeedFor(nameof(Refused_credentials_end_the_run_failed_with_the_marketplaces_reason_and_no_orders), database)));
        var storeId = await ConnectAsync(hub, sandbox, "Contract refused store");
        sandbox.RefuseCredentials();

        var run = await hub.Admin.WaitForRunAsync(await hub.Admin.StartSyncAsync(storeId, "orders"));

        Assert.Equal("Failed", run.GetProperty("status").GetString());
        Assert.Contains(Adapter.RefusalReason, run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(await OrderIdsInFeedAsync(hub, storeId));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Refused_credentials_mark_the_store_needs_reauthorization_without_retries(string database)
    {
        var hub = await HubAsync(database);
        using var sandbox = Adapter.Start(new ContractPlan(CredentialOrders, SeedFor(nameof(Refused_credentials_mark_the_store_needs_reauthorization_without_retries), database)));
        var storeId = await ConnectAsync(hub, sandbox, "Contract revoked store");
        sandbox.RefuseCredentials();

        await hub.Admin.WaitForRunAsync(await hub.Admin.StartSyncAsync(storeId, "orders"));
        await WaitUntilNoSyncRunsAsync(hub);
        var store = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");
        var runs = await RunsOfAsync(hub, storeId);

        Assert.Equal("NeedsReauthorization", store.TryGetProperty("status", out var status) ? status.GetString() : null);
        Assert.False(string.IsNullOrWhiteSpace(store.TryGetProperty("statusReason", out var reason) ? reason.GetString() : null), store.ToString());
        // The hub runs with one run retry: a refusal must not use it.
        Assert.Single(runs);
        Assert.Empty(await OrderIdsInFeedAsync(hub, storeId));
    }
}

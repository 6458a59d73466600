using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract.Shopee;

/// <summary>Shopee's single-use refresh token through the real hub: the rotated pair is stored, so the next sync uses it.</summary>
public sealed class ShopeeTokenRotationTests(ContractHubs hubs) : IClassFixture<ContractHubs>
{
    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task An_expired_access_token_is_refreshed_once_and_the_new_pair_serves_the_next_sync(string database)
    {
        var hub = await hubs.ForAsync(database);
        using var contract = (ShopeeContractSandbox)new ShopeeContractAdapter().Start(new ContractPlan(40, 4_242));
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", contract.StoreBody($"Shopee rotation {database}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var storeId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        contract.Sandbox.ExpireAccessToken();

        var first = await hub.Admin.SyncAsync(storeId, "orders");
        contract.Sandbox.ExpireAccessToken();
        var second = await hub.Admin.SyncAsync(storeId, "orders");

        Assert.Equal("Succeeded", first.GetProperty("status").GetString());
        Assert.Equal(40, first.GetProperty("upserted").GetInt32());

        // The second refresh could only succeed with the refresh token the first one stored: the original is spent.
        Assert.Equal("Succeeded", second.GetProperty("status").GetString());
        Assert.Equal(2, contract.Sandbox.RefreshCount);
        Assert.DoesNotContain(contract.Sandbox.Requests, r => r.Error == "error_auth" && r.Path.EndsWith("access_token/get", StringComparison.Ordinal));
    }
}

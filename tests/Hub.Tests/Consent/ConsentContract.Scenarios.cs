using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Tests.Contract;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Tests.Consent;

public abstract partial class ConsentContract<TAdapter>
{
    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task An_approved_consent_connects_the_account_and_its_first_orders_sync_brings_the_sandboxs_orders(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Approving seller");

        var (_, storeId) = await ConnectAsync(hub, tenant);
        var first = await FirstRunAsync(hub, storeId);
        var store = await StoreAsync(hub, storeId);

        Assert.Equal(tenant, store.GetProperty("tenantId").GetGuid());
        Assert.Equal(Marketplace, store.GetProperty("marketplace").GetString());
        Assert.Equal("Active", store.GetProperty("status").GetString());
        Assert.Equal(hub.Sandbox.AccountKey, AccountKeyOf(hub, store));
        Assert.True(first.GetProperty("status").GetString() == "Succeeded", first.ToString());
        Assert.Equal("orders", first.GetProperty("entity").GetString());
        AssertEachOnce(hub.Sandbox.OrderIds, await OrderIdsInFeedAsync(hub, storeId));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_declined_consent_fails_the_authorization_and_connects_nothing(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Declining seller");
        var (id, consentUrl) = await StartAsync(hub, tenant);

        using var answer = await ArriveAsync(hub, await DecideAsync(consentUrl, approve: false));
        var authorization = await AuthorizationAsync(hub, tenant, id);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("Failed", authorization.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(authorization.GetProperty("failure").GetString()), authorization.ToString());
        Assert.Empty(await StoresOfAsync(hub, tenant));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_replayed_callback_is_refused_and_changes_nothing(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Replayed seller");
        var (id, consentUrl) = await StartAsync(hub, tenant);
        var callback = await DecideAsync(consentUrl, approve: true);
        using (var first = await ArriveAsync(hub, callback))
        {
            Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        }

        var storeId = (await AuthorizationAsync(hub, tenant, id)).GetProperty("storeId").GetGuid();
        await FirstRunAsync(hub, storeId);
        var storeBefore = await StoreAsync(hub, storeId);

        using var replay = await ArriveAsync(hub, callback);
        var authorization = await AuthorizationAsync(hub, tenant, id);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("Completed", authorization.GetProperty("status").GetString());
        Assert.Equal(storeId, authorization.GetProperty("storeId").GetGuid());
        Assert.Single(await StoresOfAsync(hub, tenant));
        Assert.Single(await RunsOfAsync(hub, storeId));
        Assert.Equal(storeBefore.GetProperty("statusChangedAt").GetDateTimeOffset(), (await StoreAsync(hub, storeId)).GetProperty("statusChangedAt").GetDateTimeOffset());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_tampered_state_is_refused_and_leaves_the_consent_usable(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Tampered seller");
        var (id, consentUrl) = await StartAsync(hub, tenant);
        var callback = await DecideAsync(consentUrl, approve: true);

        using var tampered = await ArriveAsync(hub, WithTamperedState(callback));
        var pending = await AuthorizationAsync(hub, tenant, id);
        var storesAfterTampering = await StoresOfAsync(hub, tenant);
        using var genuine = await ArriveAsync(hub, callback);

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        Assert.Empty(storesAfterTampering);
        Assert.True(genuine.StatusCode == HttpStatusCode.OK, await genuine.Content.ReadAsStringAsync());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_callback_after_the_state_lifetime_is_refused_and_the_consent_expires(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Late seller");
        var (id, consentUrl) = await StartAsync(hub, tenant);
        var callback = await DecideAsync(consentUrl, approve: true);
        var lifetime = hub.Factory.Services.GetRequiredService<IOptions<ConsentOptions>>().Value.StateLifetime;

        hub.ConsentClock.Advance(lifetime + TimeSpan.FromSeconds(1));
        using var late = await ArriveAsync(hub, callback);
        var authorization = await AuthorizationAsync(hub, tenant, id);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("Expired", authorization.GetProperty("status").GetString());
        Assert.Empty(await StoresOfAsync(hub, tenant));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Consent_for_an_account_already_connected_gives_the_same_store_new_credentials(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Returning seller");
        var (_, storeId) = await ConnectAsync(hub, tenant);
        await FirstRunAsync(hub, storeId);
        hub.Sandbox.RefuseCredentials();

        var (_, again) = await ConnectAsync(hub, tenant);
        var run = await hub.Admin.WaitForRunAsync(await hub.Admin.StartSyncAsync(storeId, "orders"));

        Assert.Equal(storeId, again);
        Assert.Single(await StoresOfAsync(hub, tenant));
        // The first credentials are refused now: a sync that works carries the second consent's.
        Assert.True(run.GetProperty("status").GetString() == "Succeeded", run.ToString());
        AssertEachOnce(hub.Sandbox.OrderIds, await OrderIdsInFeedAsync(hub, storeId));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_store_needing_reauthorization_is_reauthorized_through_consent_and_resumes_from_its_checkpoint(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Revoked seller");
        var (_, storeId) = await ConnectAsync(hub, tenant);
        Assert.Equal("Succeeded", (await FirstRunAsync(hub, storeId)).GetProperty("status").GetString());
        hub.Sandbox.RefuseCredentials();
        var refused = await hub.Admin.WaitForRunAsync(await hub.Admin.StartSyncAsync(storeId, "orders"));
        Assert.Equal("Failed", refused.GetProperty("status").GetString());
        Assert.Equal("NeedsReauthorization", (await WaitForStatusAsync(hub, storeId, "NeedsReauthorization")).GetProperty("status").GetString());

        var (_, reauthorized) = await ConnectAsync(hub, tenant, storeId);
        var store = await StoreAsync(hub, storeId);
        var resumed = await hub.Admin.SyncAsync(storeId, "orders");

        Assert.Equal(storeId, reauthorized);
        Assert.Equal("Active", store.GetProperty("status").GetString());
        // From the checkpoint: nothing the first sync stored comes again as new.
        Assert.Equal(0, resumed.GetProperty("upserted").GetInt32());
        AssertEachOnce(hub.Sandbox.OrderIds, await OrderIdsInFeedAsync(hub, storeId));
        Assert.Single(await StoresOfAsync(hub, tenant));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Another_tenants_authorization_id_answers_not_found(string database)
    {
        var hub = await HubAsync(database);
        var owner = await CreateTenantAsync(hub, "Owning seller");
        var other = await CreateTenantAsync(hub, "Other seller");
        var (id, _) = await StartAsync(hub, owner);

        using var own = await hub.Admin.GetAsync(new Uri($"/api/v1/tenants/{owner}/authorizations/{id}", UriKind.Relative));
        using var foreign = await hub.Admin.GetAsync(new Uri($"/api/v1/tenants/{other}/authorizations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private string? AccountKeyOf(ConsentHub hub, JsonElement store)
    {
        var connector = hub.Factory.Services.GetRequiredService<CrossBorderHub.Connectors.IConnectorRegistry>().Find(Marketplace);
        Assert.NotNull(connector);
        return connector.Account.AccountKey(store.GetProperty("settings"));
    }

    private static async Task<JsonElement> WaitForStatusAsync(ConsentHub hub, Guid storeId, string status)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var store = await StoreAsync(hub, storeId);
            if (store.GetProperty("status").GetString() == status)
            {
                return store;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Hub.Tests.Contract;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>The consent API and callback around the flow, on the test-only marketplace (any shop id may consent there).</summary>
public sealed class TestmartConsentApiTests(ConsentHubs<TestmartConsentAdapter> hubs) : IClassFixture<ConsentHubs<TestmartConsentAdapter>>
{
    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_malformed_start_is_a_400_naming_each_field(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Malformed");

        var response = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenant}/authorizations", new
        {
            marketplace = TestmartConnector.Key,
            input = new { shopId = "not a shop!" },
            storeId = Guid.NewGuid(),
            returnPath = "//elsewhere.example/done",
        });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("input.shopId", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("returnPath", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("storeId", out _), errors.ToString());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_marketplace_without_a_consent_app_is_a_400_naming_the_configured_ones(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Unconfigured");

        var response = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenant}/authorizations", new { marketplace = "ebay", input = new { } });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(TestmartConnector.Key, errors.GetProperty("marketplace")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task An_unknown_tenant_is_a_404_and_an_erp_key_may_not_start_a_consent(string database)
    {
        var hub = await hubs.ForAsync(database);
        var body = new { marketplace = TestmartConnector.Key, input = new { shopId = "acme-42" } };

        using var unknown = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{Guid.NewGuid()}/authorizations", body);
        using var erp = await hub.Erp.PostAsJsonAsync($"/api/v1/tenants/{await TenantAsync(hub, "Erp")}/authorizations", body);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, erp.StatusCode);
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task The_marketplaces_list_offers_the_configured_app_with_its_input_fields(string database)
    {
        var hub = await hubs.ForAsync(database);

        var list = await hub.Admin.GetFromJsonAsync<JsonElement>("/api/v1/consent/marketplaces");

        var testmart = Assert.Single(list.EnumerateArray(), m => m.GetProperty("marketplace").GetString() == TestmartConnector.Key);
        Assert.Equal("shopId", testmart.GetProperty("inputFields")[0].GetProperty("name").GetString());
        Assert.DoesNotContain(list.EnumerateArray(), m => m.GetProperty("marketplace").GetString() == "ebay");
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task The_callback_sends_the_browser_back_to_the_return_path_with_the_authorization(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Returning browser");
        var (id, consentUrl) = await StartAsync(hub, tenant, "acme-42", returnPath: "/onboarding/done?step=2");

        using var answer = await hub.Browser.GetAsync(PathOf(await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None)));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/onboarding/done?step=2&authorization={id}", answer.Headers.Location?.OriginalString);
        Assert.Equal("no-referrer", answer.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Re_authorizing_a_store_with_another_account_fails_and_leaves_the_store_as_it_was(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Wrong account");
        var storeId = await ConnectAsync(hub, tenant, "acme-42");
        var before = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");
        var (id, consentUrl) = await StartAsync(hub, tenant, "other-7", storeId: storeId);

        using var answer = await hub.Browser.GetAsync(PathOf(await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None)));
        var authorization = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/authorizations/{id}");
        var after = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("Failed", authorization.GetProperty("status").GetString());
        Assert.Contains("other-7", authorization.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Contains("acme-42", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_code_the_marketplace_refuses_fails_the_consent_with_a_502_page(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Refused code");
        var (id, consentUrl) = await StartAsync(hub, tenant, "acme-42");
        var callback = await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query).ToDictionary(q => q.Key, q => (string?)(q.Key == "code" ? "forged-code" : q.Value.ToString()));

        using var answer = await hub.Browser.GetAsync(new Uri(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(callback.AbsolutePath, query), UriKind.Relative));
        var authorization = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/authorizations/{id}");

        Assert.Equal(HttpStatusCode.BadGateway, answer.StatusCode);
        Assert.Equal("Failed", authorization.GetProperty("status").GetString());
        Assert.Contains("testmart did not complete the authorization", authorization.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("forged-code", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain((await hub.Admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray(), s => s.GetProperty("tenantId").GetGuid() == tenant);
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_second_account_whose_name_is_taken_gets_a_numbered_name(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Two shops");

        var first = await ConnectAsync(hub, tenant, "acme-42");
        var second = await ConnectAsync(hub, tenant, "beta-1");

        Assert.NotEqual(first, second);
        Assert.Equal(TestmartConsent.SuggestedName, (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{first}")).GetProperty("name").GetString());
        Assert.Equal($"{TestmartConsent.SuggestedName} (2)", (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{second}")).GetProperty("name").GetString());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Of_two_callbacks_with_the_same_state_at_once_exactly_one_connects_a_store(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Double click");
        var (_, consentUrl) = await StartAsync(hub, tenant, "acme-42");
        var callback = PathOf(await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => hub.Browser.GetAsync(callback)));
        var stores = (await hub.Admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().Count(s => s.GetProperty("tenantId").GetGuid() == tenant);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(1, stores);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Malformed_callbacks_get_a_400_page_and_leave_the_consent_usable(string database)
    {
        var hub = await hubs.ForAsync(database);
        var tenant = await TenantAsync(hub, "Probed");
        var (id, consentUrl) = await StartAsync(hub, tenant, "acme-42");
        var callback = await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None);
        var probes = new[]
        {
            "/connect/testmart/callback",
            "/connect/testmart/callback?state=",
            "/connect/testmart/callback?state=not-a-state&code=x",
            "/connect/testmart/callback?state=" + new string('A', 5000),
            callback.PathAndQuery + "&code=second",
            callback.PathAndQuery.Replace("/connect/testmart/", "/connect/shopify/", StringComparison.Ordinal),
            "/connect/nowhere/callback?state=%00%FF",
        };

        foreach (var probe in probes)
        {
            using var answer = await hub.Browser.GetAsync(new Uri(probe, UriKind.Relative));
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{probe[..Math.Min(probe.Length, 80)]}: {(int)answer.StatusCode}");
            Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("Pending", (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/authorizations/{id}")).GetProperty("status").GetString());
        using var genuine = await hub.Browser.GetAsync(PathOf(callback));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Host_replacements_for_a_consent_app_stop_the_start_unless_custom_hosts_are_allowed()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Connectors:AllowCustomHosts"] = "false",
            ["Connect:Apps:testmart:clientId"] = TestmartSandbox.ClientId,
            ["Connect:Apps:testmart:ConsentUrl"] = "http://127.0.0.1:9/",
        });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Connect:Apps:testmart:ConsentUrl", failure.ToString(), StringComparison.Ordinal);
    }

    private static Uri PathOf(Uri callback) => new(callback.PathAndQuery, UriKind.Relative);

    private static async Task<Guid> TenantAsync(ConsentHub hub, string name)
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/tenants", new { name });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(Guid Id, Uri ConsentUrl)> StartAsync(ConsentHub hub, Guid tenant, string shopId, Guid? storeId = null, string? returnPath = null)
    {
        var response = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenant}/authorizations", new { marketplace = TestmartConnector.Key, input = new { shopId }, storeId, returnPath });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("id").GetGuid(), new Uri(body.GetProperty("consentUrl").GetString()!));
    }

    private static async Task<Guid> ConnectAsync(ConsentHub hub, Guid tenant, string shopId)
    {
        var (id, consentUrl) = await StartAsync(hub, tenant, shopId);
        using var answer = await hub.Browser.GetAsync(PathOf(await SandboxConsentBrowser.DecideAsync(consentUrl, approve: true, CancellationToken.None)));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        return (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/authorizations/{id}")).GetProperty("storeId").GetGuid();
    }
}

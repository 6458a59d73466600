using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

public sealed class ApiContractTests(SqliteHubFixture hub) : IClassFixture<SqliteHubFixture>
{
    [Fact]
    public async Task Requests_without_a_key_are_401_and_erp_keys_cannot_manage_stores()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Anonymous.GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
        var response = await hub.Erp.PostAsJsonAsync("/api/v1/stores", new { marketplace = "shopify", name = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.Erp.GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Creating_a_store_with_bad_input_is_a_400_naming_each_wrong_field()
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new { marketplace = "nowhere", name = "", baseUrl = "ftp://x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("marketplace", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("baseUrl", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_that_says_why()
    {
        using var content = new StringContent("{\"marketplace\": \"shopify\", ", System.Text.Encoding.UTF8, "application/json");
        var response = await hub.Admin.PostAsync(new Uri("/api/v1/stores", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shopify_store_without_its_settings_is_refused_with_the_connector_field_names()
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new { marketplace = "shopify", name = "No domain" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("settings.shopDomain", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("credentials.accessToken", out _), errors.ToString());
    }

    [Fact]
    public async Task Credentials_are_never_returned()
    {
        const string secret = "shpat_do-not-leak-0123456789";
        var created = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Leak check",
            settings = new Dictionary<string, string> { ["shopDomain"] = "leak-check.myshopify.com" },
            credentials = new Dictionary<string, string> { ["accessToken"] = secret },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var one = await hub.Admin.GetStringAsync(new Uri($"/api/v1/stores/{id}", UriKind.Relative));
        var all = await hub.Erp.GetStringAsync(new Uri("/api/v1/stores", UriKind.Relative));

        Assert.Contains("leak-check.myshopify.com", one, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, one, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        Assert.DoesNotContain("credentials", one, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Connecting_a_second_store_with_the_same_name_is_a_409()
    {
        var store = new
        {
            marketplace = "shopify",
            name = "Twice",
            settings = new Dictionary<string, string> { ["shopDomain"] = "twice.myshopify.com" },
            credentials = new Dictionary<string, string> { ["accessToken"] = "token" },
        };

        Assert.Equal(HttpStatusCode.Created, (await hub.Admin.PostAsJsonAsync("/api/v1/stores", store)).StatusCode);
        var second = await hub.Admin.PostAsJsonAsync("/api/v1/stores", store);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/orders?after=not-a-cursor", "after")]
    [InlineData("/api/v1/orders?limit=0", "limit")]
    [InlineData("/api/v1/products?limit=100000", "limit")]
    [InlineData("/api/v1/sync-runs?limit=0", "limit")]
    public async Task Bad_query_values_are_400_naming_the_parameter(string url, string field)
    {
        var response = await hub.Erp.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Triggering_a_sync_needs_a_known_entity_and_store()
    {
        var badEntity = await hub.Admin.PostAsync(new Uri($"/api/v1/stores/{Guid.NewGuid()}/sync?entity=refunds", UriKind.Relative), null);
        var noStore = await hub.Admin.PostAsync(new Uri($"/api/v1/stores/{Guid.NewGuid()}/sync?entity=orders", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, badEntity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noStore.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_its_key()
    {
        var document = await hub.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/stores", "/api/v1/stores/{id}/sync", "/api/v1/sync-runs/{runId}", "/api/v1/orders", "/api/v1/products", "/api/v1/inventory" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await hub.Anonymous.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.Anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

public sealed class StoreBodyTests(SqliteHubFixture hub) : IClassFixture<SqliteHubFixture>
{
    [Fact]
    public async Task A_wrong_store_body_is_a_400_naming_each_wrong_field()
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Wrong shape",
            settings = new { shopDomain = "https://evil.example/steal", region = "eu" },
            credentials = new { accessToken = 12345 },
        });
        var wrongDomain = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Wrong domain",
            settings = new { shopDomain = "169.254.169.254" },
            credentials = new { accessToken = "token" },
        });

        var errors = await ErrorsAsync(response);
        Assert.True(errors.TryGetProperty("settings.region", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("credentials.accessToken", out _), errors.ToString());
        Assert.True((await ErrorsAsync(wrongDomain)).TryGetProperty("settings.shopDomain", out _));
    }

    /// <remarks>The in-memory server does not enforce the request body limit, so this reaches the field limits; on Kestrel the body limit answers first (<see cref="RequestBodyLimitTests"/>).</remarks>
    [Fact]
    public async Task A_ten_megabyte_credential_and_a_hundred_thousand_key_settings_object_are_refused_and_the_store_list_stays_small()
    {
        var huge = await PostRawAsync(
            """{"marketplace":"shopify","name":"Huge token","settings":{"shopDomain":"huge.myshopify.com"},"credentials":{"accessToken":"""
            + "\""
            + new string('x', 10 * 1024 * 1024)
            + "\"}}");
        var keys = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++)
        {
            keys.Append(i == 0 ? "" : ",").Append("\"k").Append(i).Append("\":1");
        }

        keys.Append('}');
        var many = await PostRawAsync("""{"marketplace":"shopify","name":"Many keys","settings":""" + keys + ""","credentials":{"accessToken":"t"}}""");
        var list = await hub.Erp.GetAsync(new Uri("/api/v1/stores", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        var body = await list.Content.ReadAsStringAsync();
        Assert.True(body.Length < 64 * 1024, $"GET /api/v1/stores returned {body.Length} characters");
        Assert.DoesNotContain("Huge token", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Many keys", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_over_the_limits_are_400_naming_the_field_within_the_body_limit()
    {
        var longValue = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Long value",
            settings = new { shopDomain = new string('a', 2000) + ".myshopify.com" },
            credentials = new { accessToken = new string('t', 9000) },
        });
        var tooManyKeys = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Many keys",
            settings = Enumerable.Range(0, 100).ToDictionary(i => $"k{i}", i => i),
            credentials = new { accessToken = "t" },
        });

        var errors = await ErrorsAsync(longValue);
        Assert.True(errors.TryGetProperty("settings.shopDomain", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("credentials.accessToken", out _), errors.ToString());
        Assert.True((await ErrorsAsync(tooManyKeys)).TryGetProperty("settings", out _));
    }

    [Fact]
    public async Task Settings_are_stored_as_the_marketplace_record_and_shown_with_the_status()
    {
        var created = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Typed settings",
            settings = new { shopDomain = "typed.myshopify.com" },
            credentials = new { accessToken = "t" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var store = await hub.Erp.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{id}");
        var listed = (await hub.Erp.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);

        Assert.Equal("typed.myshopify.com", store.GetProperty("settings").GetProperty("shopDomain").GetString());
        Assert.Equal("Active", store.GetProperty("status").GetString());
        Assert.Equal("Active", listed.GetProperty("status").GetString());
        Assert.True(listed.TryGetProperty("statusReason", out _));
        Assert.True(listed.GetProperty("statusChangedAt").TryGetDateTimeOffset(out _));
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<HttpResponseMessage> PostRawAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await hub.Admin.PostAsync(new Uri("/api/v1/stores", UriKind.Relative), content);
    }
}

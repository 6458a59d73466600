using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CrossBorderHub.Hub.Tests;

public sealed class PushApiContractTests(SqliteHubFixture hub) : IClassFixture<SqliteHubFixture>
{
    [Theory]
    [InlineData("/api/v1/orders/{id}/shipments", "post", "CreateShipment", new[] { "202", "400", "404", "422" })]
    [InlineData("/api/v1/inventory/updates", "post", "CreateInventoryUpdates", new[] { "202", "400", "422" })]
    [InlineData("/api/v1/commands/{id}", "get", "GetCommand", new[] { "200", "404" })]
    public async Task Each_push_operation_is_named_summarized_described_and_declares_its_responses(string path, string method, string operationId, string[] statuses)
    {
        var document = await hub.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        var responses = operation.GetProperty("responses");
        Assert.All(statuses, s => Assert.True(responses.TryGetProperty(s, out var response) && response.TryGetProperty("content", out _), $"{operationId} {s}"));
    }

    [Fact]
    public async Task An_unknown_command_is_a_404()
    {
        var response = await hub.Admin.GetAsync(new Uri($"/api/v1/commands/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_idempotency_key_that_is_too_long_is_a_400_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inventory/updates", UriKind.Relative))
        {
            Content = JsonContent.Create(new { updates = new[] { new { storeId = Guid.NewGuid(), sku = "A", quantity = 1 } } }),
        };
        request.Headers.Add("Idempotency-Key", new string('k', 201));

        var response = await hub.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task A_sku_set_twice_with_a_blank_and_an_absent_location_is_a_400_naming_the_second_update()
    {
        var storeId = Guid.NewGuid();
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/inventory/updates", new
        {
            updates = new object[] { new { storeId, sku = "A", quantity = 1 }, new { storeId, sku = " A ", locationId = " ", quantity = 2 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("set twice", errors.GetProperty("updates[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_outbox_setting_stops_the_hub_at_start_naming_the_key()
    {
        using var folder = new TempFolder();
        using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);
        using var misconfigured = factory.WithWebHostBuilder(b => b.UseSetting("Outbox:Lease", "00:00:00"));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("OutboxOptions", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'Lease'", error.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

/// <summary>On Kestrel, listening on loopback only: the in-memory test server does not enforce request body limits.</summary>
public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task A_store_body_over_the_request_limit_is_a_413_problem_and_nothing_is_stored()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);
        factory.UseKestrel(0);
        factory.StartServer();
        var admin = factory.CreateClient(HubFactory.AdminKey);
        using var content = new StringContent(
            """{"marketplace":"shopify","name":"Big body","settings":{"shopDomain":"big.myshopify.com"},"credentials":{"accessToken":"t"},"padding":""" + "\"" + new string(' ', 100 * 1024) + "\"}",
            Encoding.UTF8,
            "application/json");

        var response = await admin.PostAsync(new Uri("/api/v1/stores", UriKind.Relative), content);

        Assert.True(admin.BaseAddress!.IsLoopback, admin.BaseAddress.ToString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).GetArrayLength());
    }
}

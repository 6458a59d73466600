using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CrossBorderHub.Connectors.Tests.Shopify;

/// <summary>What a pull fails with when the host answering for the shop is not Shopify as documented.</summary>
public sealed class ShopifyConnectorFailureTests
{
    private static readonly Dictionary<string, string?> NoRetries = new() { ["Connectors:Shopify:MaxRetryAttempts"] = "0" };

    [Fact]
    public async Task An_answer_without_the_orders_connection_is_a_malformed_response_saying_what_is_missing()
    {
        using var fake = Answering(200, """{"data":{}}""");
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }), settings: NoRetries);

        var failure = await PullAsync(host, fake);

        Assert.Equal(MarketplaceFailureKind.MalformedResponse, failure.Kind);
        Assert.Contains("data.orders is missing", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(307)]
    [InlineData(302)]
    public async Task A_redirect_to_another_host_is_refused_and_the_token_never_reaches_it(int status)
    {
        using var elsewhere = Loopback();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"data":{}}"""));
        using var fake = Loopback();
        fake.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", $"{elsewhere.Url}/admin/api/graphql.json"));
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }));

        var failure = await PullAsync(host, fake);

        Assert.Equal(MarketplaceFailureKind.Rejected, failure.Kind);
        Assert.Contains($"redirected the request (HTTP {status})", failure.Message, StringComparison.Ordinal);
        Assert.Contains("not followed", failure.Message, StringComparison.Ordinal);
        Assert.Single(fake.LogEntries);
        Assert.Empty(elsewhere.LogEntries);
    }

    [Fact]
    public async Task A_refusal_keeps_shopifys_own_message_but_never_the_body_it_came_in()
    {
        using var fake = Answering(401, """{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)","debug":"internal-host-10-0-0-7"}""");
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }), settings: NoRetries);

        var failure = await PullAsync(host, fake);

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, failure.Kind);
        Assert.Contains("refused the access token (HTTP 401): [API] Invalid API key or access token", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal-host", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_page_is_unavailability_and_its_html_stays_out_of_the_run_error()
    {
        using var fake = Answering(502, "<html><body>upstream 10.0.0.7:8080 secret-config</body></html>");
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }), settings: NoRetries);

        var failure = await PullAsync(host, fake);

        Assert.Equal(MarketplaceFailureKind.Unavailable, failure.Kind);
        Assert.Contains("answered HTTP 502", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-config", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graphql_error_is_rejected_with_its_code_and_a_missing_scope_is_refused_authorization()
    {
        using var bad = Answering(200, """{"errors":[{"message":"Field 'colour' doesn't exist on type 'Order'","extensions":{"code":"undefinedField"}}]}""");
        using var denied = Answering(200, """{"errors":[{"message":"Access denied for orders field.","extensions":{"code":"ACCESS_DENIED"}}]}""");
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }), settings: NoRetries);

        var rejected = await PullAsync(host, bad);
        var refused = await PullAsync(host, denied);

        Assert.Equal((MarketplaceFailureKind.Rejected, "undefinedField"), (rejected.Kind, rejected.Code));
        Assert.Contains("Field 'colour' doesn't exist on type 'Order'", rejected.Message, StringComparison.Ordinal);
        Assert.Equal((MarketplaceFailureKind.AuthorizationRefused, "ACCESS_DENIED"), (refused.Kind, refused.Code));
    }

    [Fact]
    public async Task A_throttled_answer_that_outlives_the_retries_is_a_throttled_failure_with_shopifys_code()
    {
        using var fake = Loopback();
        fake.Given(Request.Create().UsingPost()).RespondWith(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],"extensions":{"cost":{"requestedQueryCost":900,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":2000.0,"currentlyAvailable":2000.0,"restoreRate":100.0}}}}"""));
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions { OrderCount = 1 }), settings: new Dictionary<string, string?> { ["Connectors:Shopify:MaxRetryAttempts"] = "2" });

        var failure = await PullAsync(host, fake);

        Assert.Equal((MarketplaceFailureKind.Throttled, "THROTTLED"), (failure.Kind, failure.Code));
        Assert.Equal(3, fake.LogEntries.Count);
    }

    private static Task<MarketplaceException> PullAsync(ShopifyTestHost host, WireMockServer server) =>
        Assert.ThrowsAsync<MarketplaceException>(() =>
            ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account with { BaseUrl = new Uri(server.Url!) }, null, CancellationToken.None)));

    private static WireMockServer Answering(int status, string body)
    {
        var server = Loopback();
        server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return server;
    }

    private static WireMockServer Loopback() => WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
}

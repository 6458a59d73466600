using System.Net;
using System.Text;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.SandboxKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>The authorization-code grant on the connector's own LWA client and pipeline.</summary>
public sealed class LwaCodeExchangeTests
{
    private static readonly Uri Redirect = new("http://127.0.0.1:5080/connect/amazon/callback");

    private readonly Queue<int> _statuses = new();
    private readonly List<string> _bodies = [];

    [Fact]
    public async Task The_exchange_posts_Amazons_authorization_code_form_and_returns_the_refresh_token()
    {
        using var server = Start();
        using var services = Services();

        var refreshToken = await Client(services).ExchangeCodeAsync(server.Url, "ANDexamplecode", Redirect, "amzn1.application-oa2-client.a", "secret", CancellationToken.None);

        Assert.Equal("Atzr|granted", refreshToken);
        var body = Assert.Single(_bodies);
        Assert.Equal(
            "grant_type=authorization_code&code=ANDexamplecode&redirect_uri=http%3A%2F%2F127.0.0.1%3A5080%2Fconnect%2Famazon%2Fcallback&client_id=amzn1.application-oa2-client.a&client_secret=secret",
            body);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_exchange_that_may_have_spent_the_code_is_not_sent_again(int status)
    {
        _statuses.Enqueue(status);
        using var server = Start();
        using var services = Services();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            Client(services).ExchangeCodeAsync(server.Url, "code", Redirect, "amzn1.application-oa2-client.a", "secret", CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Unavailable, error.Kind);
        Assert.Single(_bodies);
    }

    [Fact]
    public async Task A_throttled_exchange_was_not_executed_and_is_sent_again()
    {
        _statuses.Enqueue(429);
        using var server = Start();
        using var services = Services();

        var refreshToken = await Client(services).ExchangeCodeAsync(server.Url, "code", Redirect, "amzn1.application-oa2-client.a", "secret", CancellationToken.None);

        Assert.Equal("Atzr|granted", refreshToken);
        Assert.Equal(2, _bodies.Count);
    }

    private static LwaTokenClient Client(ServiceProvider services) => services.GetRequiredService<LwaTokenClient>();

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAmazonConnector(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Amazon:RetryBaseDelay"] = "00:00:00.010",
        }).Build());
        return services.BuildServiceProvider();
    }

    private SandboxHost Start() => SandboxHost.Start().Map(HttpMethod.Post.Method, AmazonConstants.TokenPath, request =>
    {
        int status;
        lock (_bodies)
        {
            _bodies.Add(request.Body ?? "");
            status = _statuses.TryDequeue(out var next) ? next : 200;
        }

        var json = status == 200
            ? """{"access_token":"Atza|a","refresh_token":"Atzr|granted","token_type":"bearer","expires_in":3600}"""
            : """{"error":"server_error","error_description":"try later"}""";
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "application/json");
        return Task.FromResult<IResponseMessage>(message);
    });
}

using System.Net;
using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class MarketplacePipelineTests
{
    private static readonly MarketplaceHttpPolicy Policy = new(2, TimeSpan.FromMilliseconds(10), 0.5, 100, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(307)]
    [InlineData(302)]
    public async Task A_redirect_to_another_host_is_not_followed_and_that_host_receives_nothing(int status)
    {
        using var elsewhere = Loopback();
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using var marketplace = Loopback();
        marketplace.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", $"{elsewhere.Url}/steal"));
        using var services = Services(TimeProvider.System, new TokenBucket(TimeProvider.System, 10, 10), meter: null);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{marketplace.Url}/orders");
        request.Headers.Add("Authorization", "Bearer secret-token");
        using var response = await Client(services).SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Single(marketplace.LogEntries);
        Assert.Empty(elsewhere.LogEntries);
    }

    [Fact]
    public async Task Time_spent_waiting_for_the_budget_is_added_to_the_pulls_meter()
    {
        using var marketplace = Loopback();
        marketplace.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var meter = new ThrottleMeter();
        using var services = Services(time, new TokenBucket(time, capacity: 1, ratePerSecond: 0.25), meter);
        var client = Client(services);

        using (await client.GetAsync(new Uri($"{marketplace.Url}/a")))
        {
            Assert.Equal(TimeSpan.Zero, meter.Take());
        }

        var second = client.GetAsync(new Uri($"{marketplace.Url}/b"));
        while (!second.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(second, Task.Delay(5));
        }

        using var response = await second;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(meter.Take(), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Each_answer_is_shown_to_the_budget_for_header_corrections()
    {
        using var marketplace = Loopback();
        marketplace.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("x-amzn-RateLimit-Limit", "2.5").WithBody("{}"));
        var bucket = new TokenBucket(TimeProvider.System, 10, 0.0167, "amazon", RateHeaders.RatePerSecond("x-amzn-RateLimit-Limit"));
        using var services = Services(TimeProvider.System, bucket, meter: null);

        using var response = await Client(services).GetAsync(new Uri($"{marketplace.Url}/orders"));

        Assert.Equal(2.5, bucket.RatePerSecond);
    }

    private static WireMockServer Loopback() => WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    private static ServiceProvider Services(TimeProvider time, IRateBudget budget, ThrottleMeter? meter)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddHttpClient("fake")
            .AddMarketplacePipeline("fake", r => r.RequestUri?.Authority ?? "", _ => Policy, _ => _ => new RateBudgetClaim(budget, 1, meter));
        return services.BuildServiceProvider();
    }

    private static HttpClient Client(ServiceProvider services) => services.GetRequiredService<IHttpClientFactory>().CreateClient("fake");
}

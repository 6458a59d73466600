using System.Net;
using System.Text;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxHostTests
{
    [Fact]
    public async Task The_host_listens_on_ipv4_loopback_and_answers_through_its_callback()
    {
        using var host = SandboxHost.Start().Map("GET", "/ping", request =>
            Task.FromResult<WireMock.IResponseMessage>(SandboxResponses.Json(HttpStatusCode.OK, $"{{\"said\":\"{SandboxResponses.Header(request, "X-Word")}\"}}")));
        using var http = new HttpClient { BaseAddress = host.Url };
        http.DefaultRequestHeaders.Add("X-Word", "hello");

        var answer = await http.GetAsync(new Uri("/ping", UriKind.Relative));

        Assert.Equal("127.0.0.1", host.Url.Host);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("{\"said\":\"hello\"}", await answer.Content.ReadAsStringAsync());
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_planned_429_carries_retry_after_and_a_truncated_body_arrives_cut()
    {
        var plan = new TestFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault> { [1] = SandboxFault.TooManyRequests, [2] = SandboxFault.TruncatedBody },
            RetryAfterSeconds = 3,
        };
        var number = 0;
        var body = Encoding.UTF8.GetBytes("{\"items\":[1,2,3,4,5,6,7,8]}");
        using var host = SandboxHost.Start().Map("GET", "/items", _ =>
        {
            var fault = plan.For(Interlocked.Increment(ref number), seed: 1);
            return Task.FromResult<WireMock.IResponseMessage>(
                SandboxFaultAnswers.Replacement(fault, plan, "{\"error\":\"slow down\"}", "{\"error\":\"down\"}")
                ?? SandboxResponses.Bytes(200, SandboxFaultAnswers.Cut(fault, body)));
        });
        using var http = new HttpClient { BaseAddress = host.Url };

        var throttled = await http.GetAsync(new Uri("/items", UriKind.Relative));
        var truncated = await http.GetAsync(new Uri("/items", UriKind.Relative));
        var whole = await http.GetAsync(new Uri("/items", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(body.Length / 2, (await truncated.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(body, await whole.Content.ReadAsByteArrayAsync());
    }
}

using System.Net;
using System.Text;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>An in-memory LWA token endpoint: counts grants, hands out Atza|1, Atza|2, ..., and can hold answers back.</summary>
internal sealed class LwaTokenServer : HttpMessageHandler
{
    private int _grants;

    public int Grants => Volatile.Read(ref _grants);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<string> Bodies { get; } = [];

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        lock (Bodies)
        {
            Bodies.Add(body);
        }

        var grant = Interlocked.Increment(ref _grants);
        await Release.Task.WaitAsync(cancellationToken);
        var json = Status == HttpStatusCode.OK
            ? $$"""{"access_token":"Atza|{{grant}}","token_type":"bearer","expires_in":3600,"refresh_token":"Atzr|r"}"""
            : """{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token"}""";
        return new HttpResponseMessage(Status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}

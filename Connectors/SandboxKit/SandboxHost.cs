using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 (never another interface) whose routes answer through callbacks. No request
/// journal and no admin interface: a benchmark sends hundreds of thousands of requests, and each sandbox keeps the
/// log it needs.
/// </summary>
public sealed class SandboxHost : IDisposable
{
    private const int PortAttempts = 5;
    private readonly WireMockServer _server;

    private SandboxHost(WireMockServer server, int port)
    {
        _server = server;
        // WireMock reports a loopback binding as "localhost"; the address is spelled out so nothing resolves it to another interface.
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>The root URL, e.g. http://127.0.0.1:53122/: what a store's baseUrl points at.</summary>
    public Uri Url { get; }

    public static SandboxHost Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                return new SandboxHost(WireMockServer.Start(new WireMockServerSettings
                {
                    Urls = [$"http://127.0.0.1:{port}"],
                    StartAdminInterface = false,
                    MaxRequestLogCount = 0,
                    DisableJsonBodyParsing = true,
                    DisableRequestBodyDecompressing = true,
                }), port);
            }
            catch (Exception e) when (attempt < PortAttempts && e is IOException or SocketException or InvalidOperationException or WireMock.Exceptions.WireMockException)
            {
                // Another process took the port between the probe and the bind; probe again.
            }
        }
    }

    /// <summary>Answers <paramref name="method"/> requests to <paramref name="path"/> through <paramref name="answer"/>.</summary>
    public SandboxHost Map(string method, string path, Func<IRequestMessage, Task<IResponseMessage>> answer)
    {
        _server
            .Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(answer));
        return this;
    }

    public void Dispose() => _server.Stop();

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>
/// The built hub run as a process of its own (dotnet CrossBorderHub.Hub.dll) on a loopback port: what a cluster node
/// or a crash needs that an in-process host cannot give. Its console output is kept for the test to read.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private HubProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        Admin = Client(HubFactory.AdminKey);
        Erp = Client(HubFactory.ErpKey);
    }

    public string Name { get; }

    public Uri Address { get; }

    public HttpClient Admin { get; }

    public HttpClient Erp { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a hub on <paramref name="database"/> with the test keys and no demo, and waits until it is ready.</summary>
    public static async Task<HubProcess> StartAsync(string name, DatabaseUnderTest database, string dataFolder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrossBorderHub.Hub.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in Settings(database, dataFolder, address, settings))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = new Process { StartInfo = start };
        var hub = new HubProcess(name, process, address);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await hub.WaitUntilReadyAsync();
        return hub;
    }

    /// <summary>kill -9: no shutdown, no flush, nothing the process can do about it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Polls this hub's console until <paramref name="text"/> appears.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan deadline)
    {
        using var cancel = new CancellationTokenSource(deadline);
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited, $"{Name} exited before writing '{text}':\n{Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancel.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        Admin.Dispose();
        Erp.Dispose();
        _process.Dispose();
    }

    private static Dictionary<string, string?> Settings(DatabaseUnderTest database, string dataFolder, Uri address, IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = address.ToString().TrimEnd('/'),
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Hub"] = database.ConnectionString,
            ["Auth:AdminKeys:0"] = HubFactory.AdminKey,
            ["Auth:ErpKeys:0"] = HubFactory.ErpKey,
            ["Demo:Enabled"] = "false",
            ["Sync:ScheduleEnabled"] = "false",
            ["Sync:RunRetries"] = "0",
            ["DataProtection:KeysPath"] = Path.Combine(dataFolder, "keys"),
            ["Connectors:AllowCustomHosts"] = "true",
            ["Connectors:Shopify:BulkBackfill"] = "false",
            ["Connectors:Shopify:AttemptTimeout"] = "00:00:05",
            ["Connectors:Shopify:RetryBaseDelay"] = "00:00:00.020",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:System"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private HttpClient Client(string apiKey)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(StartDeadline);
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            Assert.False(_process.HasExited, $"{Name} exited while starting:\n{Output}");
            try
            {
                using var response = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // Listening, but too busy starting to answer within the probe's timeout.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}

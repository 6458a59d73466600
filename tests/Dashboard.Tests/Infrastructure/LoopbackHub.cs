using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real hub on Kestrel at 127.0.0.1 on a free port, on a SQLite file, with test keys; a browser reaches it like any
/// other. <paramref name="overrides"/> replace or add settings.
/// </summary>
public sealed class LoopbackHub : WebApplicationFactory<Program>
{
    public const string AdminKey = "dashboard-admin-key";
    public const string ErpKey = "dashboard-erp-key";

    private readonly string _dataFolder;
    private readonly IReadOnlyDictionary<string, string?> _overrides;
    private readonly TestDatabase _database;

    public LoopbackHub(string dataFolder, IReadOnlyDictionary<string, string?>? overrides = null, bool kestrel = true, TestDatabase? database = null)
    {
        _dataFolder = dataFolder;
        _database = database ?? TestDatabase.Sqlite(dataFolder);
        _overrides = overrides ?? new Dictionary<string, string?>();
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>Where Kestrel listens once <see cref="Start"/> has run.</summary>
    public Uri Address { get; private set; } = null!;

    public LoopbackHub Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
        return this;
    }

    public HttpClient Admin() => Client(AdminKey);

    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Hub"] = _database.ConnectionString,
            ["Auth:AdminKeys:0"] = AdminKey,
            ["Auth:ErpKeys:0"] = ErpKey,
            ["Demo:Enabled"] = "false",
            // Every page and browser of a test shares 127.0.0.1: the per-address request limit is not what these tests probe.
            ["RequestLimits:PermitLimit"] = "1000000",
            ["Retention:Enabled"] = "false",
            ["Sync:ScheduleEnabled"] = "false",
            ["Sync:RunRetries"] = "0",
            ["DataProtection:KeysPath"] = Path.Combine(_dataFolder, "keys"),
            ["Connectors:AllowCustomHosts"] = "true",
            ["Connectors:Shopify:AttemptTimeout"] = "00:00:02",
            ["Connectors:Shopify:RetryBaseDelay"] = "00:00:00.020",
            ["Connectors:Shopify:BulkBackfill"] = "false",
        };
        foreach (var (key, value) in _overrides)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

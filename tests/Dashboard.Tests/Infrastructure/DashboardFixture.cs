using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>
/// One hub on loopback with four sandbox stores (two with tokens the sandbox refuses), one synced run, and one
/// Chromium; each test opens its own browser context, so sessions never leak between tests.
/// </summary>
public abstract class DashboardFixture : IAsyncLifetime, IDisposable
{
    public const string Healthy = "Tea House";
    public const string Refused = "Broken Kettle";
    public const string Pausable = "Quiet Corner";
    public const string Stocked = "Stock Room";
    public const int SandboxOrders = 12;

    /// <summary>The sandbox order whose amount is not a number: the first sync quarantines it.</summary>
    public const int BadOrder = 3;

    private readonly TempFolder _folder = new();
    private ShopifySandbox? _sandbox;
    private IPlaywright? _playwright;
    private TestDatabase? _database;

    public LoopbackHub Hub { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Guid HealthyStore { get; private set; }

    public Guid RefusedStore { get; private set; }

    public Guid PausableStore { get; private set; }

    /// <summary>Connected with a token the sandbox refuses, and never synced: its pushes fail until it gets the right one.</summary>
    public Guid StockedStore { get; private set; }

    public ShopifySandbox Sandbox => _sandbox!;

    public async Task InitializeAsync()
    {
        _sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 1125,
            OrderCount = SandboxOrders,
            ProductCount = 5,
            LocationCount = 1,
            ShopDomain = "tea-house.myshopify.com",
            Throttle = ShopifySandboxThrottle.Off,
            Faults = new ShopifyFaultPlan { OrderRecords = new Dictionary<int, ShopifySandboxRecordFault> { [BadOrder] = ShopifySandboxRecordFault.BadAmount } },

            // A year after the sandbox's last order, so every generated order is visible.
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)),
        });
        _database = CreateDatabase(_folder.Path);
        Hub = new LoopbackHub(_folder.Path, database: _database).Start();
        using var admin = Hub.Admin();
        HealthyStore = await admin.ConnectAsync(_sandbox, Healthy);
        RefusedStore = await admin.ConnectAsync(_sandbox, Refused, accessToken: "shpat_revoked");
        PausableStore = await admin.ConnectAsync(_sandbox, Pausable);
        StockedStore = await admin.ConnectAsync(_sandbox, Stocked, accessToken: "shpat_expired");
        var first = await admin.SyncAsync(HealthyStore, "orders");
        Assert.Equal("Succeeded", first.GetProperty("status").GetString());

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context (no cookies) with a page on the hub.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Hub.Address.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in with the admin key, on the stores overview.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#key", LoopbackHub.AdminKey);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

        _sandbox?.Dispose();
        if (_database is not null)
        {
            await _database.DropAsync();
        }
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract TestDatabase CreateDatabase(string folder);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>
/// A hub whose Shopify app (Connect:Apps:shopify) is the sandbox's, so the sandbox plays Shopify's consent page, token
/// endpoint and Admin API; a second tenant with a store of its own; and one Chromium.
/// </summary>
public sealed class OnboardingFixture : IAsyncLifetime, IDisposable
{
    public const int SandboxOrders = 6;
    public const string OtherStoreName = "Birch Goods";

    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;

    public LoopbackHub Hub { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The seller's shop: its consent page, token endpoint and API. On the real clock: Shopify's callback timestamp must be within 90 s of the hub's.</summary>
    public ShopifySandbox Shop { get; } = ShopifySandbox.Start(new ShopifySandboxOptions
    {
        Seed = 1126,
        OrderCount = SandboxOrders,
        ProductCount = 3,
        LocationCount = 1,
        ShopDomain = "alder-tea.myshopify.com",
        Throttle = ShopifySandboxThrottle.Off,
    });

    public ShopifySandbox OtherShop { get; } = ShopifySandbox.Start(new ShopifySandboxOptions
    {
        Seed = 1127,
        OrderCount = 2,
        ProductCount = 1,
        LocationCount = 1,
        ShopDomain = "birch-goods.myshopify.com",
        Throttle = ShopifySandboxThrottle.Off,
    });

    public Guid OtherTenant { get; private set; }

    public async Task InitializeAsync()
    {
        Hub = new LoopbackHub(_folder.Path, new Dictionary<string, string?>
        {
            ["Connect:Apps:shopify:clientId"] = Shop.Options.App.ClientId,
            ["Connect:Apps:shopify:clientSecret"] = Shop.Options.App.ClientSecret,
            ["Connect:Apps:shopify:ConsentUrl"] = Shop.Url.AbsoluteUri,
            ["Connect:Apps:shopify:ApiUrl"] = Shop.Url.AbsoluteUri,
        }).Start();
        using var admin = Hub.Admin();
        OtherTenant = await admin.CreateTenantAsync("Birch");
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = OtherStoreName,
            tenantId = OtherTenant,
            settings = new { shopDomain = OtherShop.Options.ShopDomain },
            credentials = new { accessToken = OtherShop.Options.AccessToken },
            baseUrl = OtherShop.Url,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context (no cookies): a seller's browser.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
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

        Shop.Dispose();
        OtherShop.Dispose();
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

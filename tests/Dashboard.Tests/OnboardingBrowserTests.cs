using System.Globalization;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>A seller onboards in Chromium: the admin's link, the hub's page, Shopify's (sandbox) consent page, and back.</summary>
public sealed class OnboardingBrowserTests(OnboardingFixture fixture) : IClassFixture<OnboardingFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_seller_opens_the_link_approves_on_shopify_and_sees_the_store_and_its_first_sync_with_its_orders()
    {
        using var admin = fixture.Hub.Admin();
        var tenant = await admin.CreateTenantAsync("Alder");
        var link = await admin.CreateOnboardingLinkAsync(tenant);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(link.AbsoluteUri);
        Assert.Equal("/onboarding", new Uri(page.Url).AbsolutePath);
        var session = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "__Host-cbh-onboarding");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.Equal(1, await page.Locator("#no-stores").CountAsync());

        await page.FillAsync("#connect-shopify input[name='input.shopDomain']", fixture.Shop.Options.ShopDomain);
        await page.ClickAsync("#connect-shopify-submit");
        await page.WaitForURLAsync(url => new Uri(url).Authority == fixture.Shop.Url.Authority);
        Assert.Equal("/admin/oauth/authorize", new Uri(page.Url).AbsolutePath);
        await page.ClickAsync("#approve");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/onboarding/done", new() { Timeout = (float)Patience.TotalMilliseconds });

        // The page refreshes itself until the first orders sync has ended.
        var expect = new LocatorAssertionsToHaveTextOptions { Timeout = (float)Patience.TotalMilliseconds };
        await Assertions.Expect(page.Locator("#sync-status")).ToHaveTextAsync("Succeeded", expect);
        Assert.Equal("Completed", await page.Locator("#authorization").GetAttributeAsync("data-status"));
        Assert.Equal(fixture.Shop.Options.ShopDomain, await page.Locator("#store-name").InnerTextAsync());
        Assert.Equal("Shopify", await page.Locator("#store-marketplace").InnerTextAsync());
        Assert.Equal("Active", await page.Locator("#store-status").InnerTextAsync());
        Assert.Equal(OnboardingFixture.SandboxOrders.ToString(CultureInfo.InvariantCulture), await page.Locator("#sync-records").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#refreshing").CountAsync());
        Assert.DoesNotContain(OnboardingFixture.OtherStoreName, await page.ContentAsync(), StringComparison.Ordinal);

        // The stores page lists the new store and never the other tenant's.
        await page.ClickAsync("#back");
        var stores = await page.Locator("#stores").InnerTextAsync();
        Assert.Contains(fixture.Shop.Options.ShopDomain, stores, StringComparison.Ordinal);
        Assert.DoesNotContain(OnboardingFixture.OtherStoreName, await page.ContentAsync(), StringComparison.Ordinal);

        // The link opened once: neither this browser nor another gets in with it again.
        foreach (var again in new[] { page, await fixture.NewPageAsync() })
        {
            var refused = await again.GotoAsync(link.AbsoluteUri);
            Assert.Equal(410, refused!.Status);
            Assert.Contains("already used", await again.Locator("#link-refused").InnerTextAsync(), StringComparison.Ordinal);
        }

        var stranger = await fixture.NewPageAsync();
        var closed = await stranger.GotoAsync(new Uri(fixture.Hub.Address, "/onboarding").AbsoluteUri);
        Assert.Equal(401, closed!.Status);
        Assert.Equal(1, await stranger.Locator("#session-required").CountAsync());
    }
}

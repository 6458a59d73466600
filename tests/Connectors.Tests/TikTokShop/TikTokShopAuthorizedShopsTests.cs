using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopAuthorizedShopsTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_store_without_a_shop_cipher_reads_it_once_from_the_authorized_shops_and_pulls_with_it()
    {
        using var host = new TikTokShopTestHost(Sandbox(), withShopCipher: false);

        var first = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));
        var second = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(12, first.Sum(p => p.Items.Count));
        Assert.Equal(12, second.Sum(p => p.Items.Count));
        Assert.Equal(0, host.Sandbox.RefusedCount);
        Assert.Single(host.Sandbox.Requests, r => r.Path == TikTokShopConstants.AuthorizedShopsPath);
    }

    [Fact]
    public async Task A_shop_the_seller_did_not_authorize_the_app_for_needs_reauthorization()
    {
        using var host = new TikTokShopTestHost(Sandbox(), withShopCipher: false);
        var settings = new Dictionary<string, string>(host.Sandbox.Settings(withShopCipher: false)) { ["shopId"] = "7494000000000000123" };
        var account = new StoreAccount(host.Account.Id, host.Account.SellerId, "tiktokshop", "Unauthorized shop", settings, host.Account.Credentials, host.Sandbox.Url, host.Sandbox.Url);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(account, null, default)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Contains("7494000000000000123", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Path == TikTokShopConstants.OrdersSearchPath);
    }

    [Fact]
    public async Task A_stated_shop_cipher_is_used_without_reading_the_authorized_shops()
    {
        using var host = new TikTokShopTestHost(Sandbox());

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, default));

        Assert.Equal(12, pages.Sum(p => p.Items.Count));
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Path == TikTokShopConstants.AuthorizedShopsPath);
    }

    private static TikTokShopSandbox Sandbox() =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions { OrderCount = 12, TimeProvider = new FakeTimeProvider(Now) });
}

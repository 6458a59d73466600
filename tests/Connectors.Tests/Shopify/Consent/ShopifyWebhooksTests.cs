using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Webhooks;
using WireMock;

namespace CrossBorderHub.Connectors.Tests.Shopify.Consent;

public sealed class ShopifyWebhooksTests
{
    private const string Secret = "my super secret key";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":1}");

    private static WebhookDelivery Delivery(byte[] body, string? hmac, string topic = "orders/create", string shop = "Acme.myshopify.com", string method = "POST")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [ShopifyWebhookHeaders.Topic] = topic,
            [ShopifyWebhookHeaders.ShopDomain] = shop,
            [ShopifyWebhookHeaders.WebhookId] = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
        };
        if (hmac is not null)
        {
            headers[ShopifyWebhookHeaders.Hmac] = hmac;
        }

        return new WebhookDelivery(new Uri("https://hub.example.com/webhooks/shopify"), method, headers, body);
    }

    private static StoreAccount Store(string shop = "acme.myshopify.com") => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        ShopifyConstants.Marketplace,
        shop,
        new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = shop },
        new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = "shpat_x" });

    private static ConsentApp App(string secret = Secret) => new(new Dictionary<string, string> { ["clientId"] = "id", ["clientSecret"] = secret });

    /// <summary>The vector computed for the webhook fact: body {"id":1} under the library test's secret.</summary>
    [Fact]
    public void The_signature_is_the_base64_hmac_sha256_of_the_raw_body_under_the_client_secret()
    {
        Assert.Equal("dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE=", ShopifyWebhookSignature.Sign(Body, Secret));
    }

    [Fact]
    public void A_push_signed_with_the_apps_secret_verifies_for_the_store_of_its_shop()
    {
        var webhooks = new ShopifyWebhooks();

        Assert.True(webhooks.Verify(Delivery(Body, "dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE="), Store(), App()));
    }

    [Fact]
    public void A_push_whose_body_changed_by_one_byte_does_not_verify()
    {
        var webhooks = new ShopifyWebhooks();

        Assert.False(webhooks.Verify(Delivery(Encoding.UTF8.GetBytes("{\"id\":2}"), "dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE="), Store(), App()));
        Assert.False(webhooks.Verify(Delivery(Encoding.UTF8.GetBytes("{\"id\": 1}"), "dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE="), Store(), App()));
    }

    [Theory]
    [InlineData("another secret")]
    [InlineData(null)]
    public void A_push_does_not_verify_without_the_apps_secret(string? secret)
    {
        var webhooks = new ShopifyWebhooks();

        Assert.False(webhooks.Verify(Delivery(Body, "dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE="), Store(), secret is null ? null : App(secret)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNc==")]
    [InlineData("8ca9d3141ab9158cc57a8577807d670821a3aa91bd5da9512856bcfb989c47a3")]
    public void A_malformed_signature_does_not_verify(string hmac)
    {
        Assert.False(new ShopifyWebhooks().Verify(Delivery(Body, hmac), Store(), App()));
    }

    [Fact]
    public void A_push_for_one_shop_does_not_verify_for_another_shops_store()
    {
        Assert.False(new ShopifyWebhooks().Verify(Delivery(Body, "dn89N6ngkwFImcaSBUaYzJq3qfZDX0+3DtIypvFzNcE="), Store("other.myshopify.com"), App()));
    }

    [Fact]
    public void Read_takes_the_lower_cased_shop_as_account_key_and_the_webhook_id_as_delivery_id()
    {
        var notice = new ShopifyWebhooks().Read(Delivery(Body, "x"));

        Assert.NotNull(notice);
        Assert.Equal("acme.myshopify.com", notice.AccountKey);
        Assert.Equal("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", notice.DeliveryId);
        Assert.Equal("orders/create", notice.Topic);
    }

    [Theory]
    [InlineData("orders/create", MarketplaceCapabilities.PullOrders)]
    [InlineData("orders/updated", MarketplaceCapabilities.PullOrders)]
    [InlineData("orders/cancelled", MarketplaceCapabilities.PullOrders)]
    [InlineData("fulfillments/create", MarketplaceCapabilities.PullOrders)]
    [InlineData("fulfillments/update", MarketplaceCapabilities.PullOrders)]
    [InlineData("refunds/create", MarketplaceCapabilities.PullOrders)]
    [InlineData("products/update", MarketplaceCapabilities.PullCatalog)]
    [InlineData("products/delete", MarketplaceCapabilities.PullCatalog)]
    [InlineData("inventory_levels/update", MarketplaceCapabilities.PullInventory)]
    [InlineData("inventory_items/update", MarketplaceCapabilities.PullInventory)]
    [InlineData("app/uninstalled", MarketplaceCapabilities.None)]
    [InlineData("customers/create", MarketplaceCapabilities.None)]
    [InlineData("shop/update", MarketplaceCapabilities.None)]
    [InlineData("orders", MarketplaceCapabilities.None)]
    [InlineData("orders/", MarketplaceCapabilities.None)]
    public void Topics_map_to_the_pulls_that_bring_the_change_in(string topic, MarketplaceCapabilities pulls)
    {
        Assert.Equal(pulls, new ShopifyWebhooks().Read(Delivery(Body, "x", topic))!.Pulls);
    }

    [Theory]
    [InlineData("orders/create", "not a domain", "POST", "x")]
    [InlineData("orders/create", "acme.example.com", "POST", "x")]
    [InlineData("", "acme.myshopify.com", "POST", "x")]
    [InlineData("orders/create", "acme.myshopify.com", "GET", "x")]
    [InlineData("orders/create", "acme.myshopify.com", "POST", null)]
    public void A_request_that_is_not_a_shopify_push_reads_as_nothing(string topic, string shop, string method, string? hmac)
    {
        Assert.Null(new ShopifyWebhooks().Read(Delivery(Body, hmac, topic, shop, method)));
    }

    [Fact]
    public async Task A_webhook_the_sandbox_delivers_reads_and_verifies_with_the_sandbox_apps_secret()
    {
        using var host = new ShopifyConsentTestHost();
        var received = new ConcurrentQueue<IRequestMessage>();
        using var receiver = SandboxHost.Start().Map("POST", "/webhooks/shopify", request =>
        {
            received.Enqueue(request);
            return Task.FromResult<IResponseMessage>(new ResponseMessage { StatusCode = 200 });
        });
        var grant = await host.CompleteAsync(ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true)));

        var sent = await host.Sandbox.SendOrderWebhookAsync(new Uri(receiver.Url, "/webhooks/shopify"), 3, "orders/create", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        var request = Assert.Single(received);
        var delivery = new WebhookDelivery(
            new Uri(request.AbsoluteUrl),
            request.Method,
            request.Headers!.ToDictionary(h => h.Key, h => h.Value.First(), StringComparer.OrdinalIgnoreCase),
            request.BodyAsBytes);
        var notice = host.Webhooks.Read(delivery);
        Assert.NotNull(notice);
        Assert.Equal(grant.AccountKey, notice.AccountKey);
        Assert.Equal(sent.WebhookId, notice.DeliveryId);
        Assert.Equal(MarketplaceCapabilities.PullOrders, notice.Pulls);
        Assert.True(host.Webhooks.Verify(delivery, ShopifyConsentTestHost.StoreOf(grant), host.App));
        Assert.False(host.Webhooks.Verify(delivery, ShopifyConsentTestHost.StoreOf(grant), host.AppFor("id", "wrong")));
        Assert.Contains(ShopifySandboxDataOrderGid(3), Encoding.UTF8.GetString(request.BodyAsBytes!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_delivers_webhooks_only_to_loopback_addresses()
    {
        using var host = new ShopifyConsentTestHost();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Sandbox.SendWebhookAsync(new Uri("https://hub.example.com/webhooks/shopify"), "orders/create", "{}", CancellationToken.None));
    }

    private static string ShopifySandboxDataOrderGid(int index) => CrossBorderHub.Connectors.Shopify.Sandbox.ShopifySandboxData.OrderId(index);
}

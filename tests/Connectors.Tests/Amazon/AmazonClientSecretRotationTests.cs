using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonClientSecretRotationTests
{
    private const string OldSecret = "amzn1.oa2-cs.v1.old";
    private const string NewSecret = "amzn1.oa2-cs.v1.new";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_new_secret_set_at_run_time_is_used_once_the_old_one_has_expired()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        await PullAsync(host);

        // Amazon rotates: the old secret expires; the admin sets the new one in the configuration, which reloads.
        sandbox.AcceptClientSecrets(NewSecret);
        SetSecret(host, NewSecret);
        _time.Advance(TimeSpan.FromHours(2));
        await PullAsync(host);

        Assert.Equal([OldSecret, NewSecret], sandbox.ClientSecretsTried);
        Assert.Equal(2, sandbox.TokenGrants);
    }

    [Fact]
    public async Task While_Amazon_does_not_take_the_new_secret_yet_the_old_one_keeps_the_store_syncing()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        SetSecret(host, NewSecret);

        var orders = await PullAsync(host);

        Assert.Equal(20, orders);
        Assert.Equal([NewSecret, OldSecret], sandbox.ClientSecretsTried);
        Assert.Equal(1, sandbox.TokenGrants);
    }

    [Fact]
    public async Task During_the_overlap_both_secrets_work_and_the_new_one_is_the_one_used()
    {
        using var sandbox = Sandbox();
        sandbox.AcceptClientSecrets(OldSecret, NewSecret);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        SetSecret(host, NewSecret);

        await PullAsync(host);

        Assert.Equal([NewSecret], sandbox.ClientSecretsTried);
    }

    [Fact]
    public async Task A_store_whose_secrets_are_both_refused_fails_with_Amazons_invalid_client()
    {
        using var sandbox = Sandbox();
        sandbox.AcceptClientSecrets("amzn1.oa2-cs.v1.other");
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        SetSecret(host, NewSecret);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => PullAsync(host));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Equal([NewSecret, OldSecret], sandbox.ClientSecretsTried);
    }

    private static void SetSecret(AmazonTestHost host, string secret)
    {
        host.Configuration["Connectors:Amazon:ClientSecrets:0:ClientId"] = host.Account.Credentials["clientId"];
        host.Configuration["Connectors:Amazon:ClientSecrets:0:ClientSecret"] = secret;
        host.Configuration.Reload();
    }

    private async Task<int> PullAsync(AmazonTestHost host) =>
        (await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)))).Sum(p => p.Items.Count);

    private AmazonSandbox Sandbox() =>
        AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 3,
            OrderCount = 20,
            ClientSecret = OldSecret,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(1),
            SearchOrdersPlan = SandboxRateLimit.Off,
        });
}

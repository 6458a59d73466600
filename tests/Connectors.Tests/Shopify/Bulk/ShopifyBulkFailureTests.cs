using System.Net;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify.Bulk;

public sealed class ShopifyBulkFailureTests
{
    [Fact]
    public async Task The_result_is_downloaded_without_the_access_token()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(10));

        await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(1, Assert.Single(host.Sandbox.BulkOperations).Downloads);
        Assert.Equal(0, host.Sandbox.BulkDownloadsWithToken);
    }

    [Fact]
    public async Task The_sandbox_refuses_a_result_download_that_carries_the_access_token()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(10));
        await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));
        using var http = new HttpClient { BaseAddress = host.Sandbox.Url };
        var result = $"{ShopifySandbox.BulkResultPath}?operation=1";

        using var withToken = new HttpRequestMessage(HttpMethod.Get, result);
        withToken.Headers.Add(ShopifyConstants.AccessTokenHeader, host.Sandbox.Options.AccessToken);
        using var refused = await http.SendAsync(withToken);
        using var served = await http.GetAsync(result);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(1, host.Sandbox.BulkDownloadsWithToken);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_failed_operation_is_a_clear_failure_that_lands_no_partial_data_and_is_started_afresh_next_run()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(20) with { Bulk = new ShopifySandboxBulk { Fault = ShopifySandboxBulkFault.Failed, FailedErrorCode = "TIMEOUT" } });

        var (pages, failure) = await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.NotNull(failure);
        Assert.Equal(MarketplaceFailureKind.Unavailable, failure.Kind);
        Assert.Equal("TIMEOUT", failure.Code);
        Assert.Contains("FAILED", failure.Message, StringComparison.Ordinal);
        Assert.Contains("partial data is not landed", failure.Message, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Empty(p.Items));
        Assert.Equal(0, Assert.Single(host.Sandbox.BulkOperations).Downloads);

        await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, pages[^1].Checkpoint, CancellationToken.None));
        Assert.Equal(2, host.Sandbox.BulkOperations.Count);
    }

    [Fact]
    public async Task A_refused_access_scope_fails_the_operation_as_refused_authorization()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(5) with { Bulk = new ShopifySandboxBulk { Fault = ShopifySandboxBulkFault.Failed, FailedErrorCode = "ACCESS_DENIED" } });

        var (_, failure) = await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, failure?.Kind);
    }

    [Fact]
    public async Task An_expired_result_url_abandons_the_operation_so_the_next_run_starts_a_new_one()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(20) with { Bulk = new ShopifySandboxBulk { Fault = ShopifySandboxBulkFault.ExpiredUrl } });

        var (pages, failure) = await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Unavailable, failure?.Kind);
        Assert.Contains("expired or refused URL", failure!.Message, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Empty(p.Items));
        await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, pages[^1].Checkpoint, CancellationToken.None));
        Assert.Equal(2, host.Sandbox.BulkOperations.Count);
    }

    [Fact]
    public async Task A_result_cut_short_fails_the_run_instead_of_ending_it_as_complete()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(40) with { Bulk = new ShopifySandboxBulk { Fault = ShopifySandboxBulkFault.TruncatedFile } });

        var (pages, failure) = await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.MalformedResponse, failure?.Kind);
        Assert.Contains("of its 40 records", failure!.Message, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Contains("\"bulk\"", p.Checkpoint, StringComparison.Ordinal));
        Assert.True(pages.Sum(p => p.Items.Count) < 40);
    }

    [Fact]
    public async Task Too_many_running_operations_is_a_throttled_failure_with_shopifys_code()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(5) with { Bulk = new ShopifySandboxBulk { MaxRunning = 0 } });

        var (pages, failure) = await BulkTestHost.CollectUntilFailureAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Throttled, failure?.Kind);
        Assert.Equal("LIMIT_REACHED", failure?.Code);
        Assert.Empty(pages);
        Assert.Empty(host.Sandbox.BulkOperations);
    }
}

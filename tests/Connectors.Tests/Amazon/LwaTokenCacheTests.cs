using System.Net;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class LwaTokenCacheTests : IDisposable
{
    private static readonly LwaTokenKey Key = new("store-1", new Uri("https://api.amazon.com"), "amzn1.application-oa2-client.a", "secret", "Atzr|refresh");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LwaTokenServer _server = new();

    [Fact]
    public async Task Concurrent_callers_without_a_token_share_one_refresh()
    {
        var cache = Cache();

        var callers = Enumerable.Range(0, 20).Select(_ => cache.GetAsync(Key, CancellationToken.None).AsTask()).ToArray();
        await WaitUntil(() => _server.Grants == 1);
        _server.Release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("Atza|1", t));
        Assert.Equal(1, _server.Grants);
        var body = Assert.Single(_server.Bodies);
        Assert.Contains("grant_type=refresh_token", body, StringComparison.Ordinal);
        Assert.Contains("refresh_token=Atzr%7Crefresh", body, StringComparison.Ordinal);
        Assert.Contains("client_id=amzn1.application-oa2-client.a", body, StringComparison.Ordinal);
        Assert.Contains("client_secret=secret", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_kept_until_shortly_before_expires_in_and_then_refreshed()
    {
        _server.Release.SetResult();
        var cache = Cache();
        Assert.Equal("Atza|1", await cache.GetAsync(Key, CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(3600) - TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));
        Assert.Equal("Atza|1", await cache.GetAsync(Key, CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("Atza|2", await cache.GetAsync(Key, CancellationToken.None));
        Assert.Equal(2, _server.Grants);
    }

    [Fact]
    public async Task A_refused_token_is_dropped_once_however_many_callers_report_it()
    {
        _server.Release.SetResult();
        var cache = Cache();
        var refused = await cache.GetAsync(Key, CancellationToken.None);

        cache.Drop(Key, refused);
        var fresh = await cache.GetAsync(Key, CancellationToken.None);
        cache.Drop(Key, refused);

        Assert.Equal("Atza|2", fresh);
        Assert.Equal("Atza|2", await cache.GetAsync(Key, CancellationToken.None));
        Assert.Equal(2, _server.Grants);
    }

    [Fact]
    public async Task A_refused_refresh_token_fails_as_refused_authorization_with_the_LWA_error()
    {
        _server.Release.SetResult();
        _server.Status = HttpStatusCode.BadRequest;
        var cache = Cache();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => cache.GetAsync(Key, CancellationToken.None).AsTask());

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal("invalid_grant", error.Code);
        Assert.Contains("invalid grant parameter", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();

    private LwaTokenCache Cache() =>
        new(new LwaTokenClient(new HttpClient(_server), new FixedOptionsMonitor<AmazonOptions>(new AmazonOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<LwaTokenClient>.Instance), _time, Options.Create(new AmazonOptions()));

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}

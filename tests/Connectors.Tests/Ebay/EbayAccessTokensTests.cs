using System.Net;
using System.Text;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Refit;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayAccessTokensTests
{
    private static readonly Guid StoreId = Guid.NewGuid();

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        var identity = new FakeIdentity { Hold = new TaskCompletionSource() };
        var tokens = Tokens(identity, new FakeTimeProvider());
        var store = Store("refresh-1");

        var callers = Enumerable.Range(0, 20).Select(_ => tokens.GetAsync(store, CancellationToken.None).AsTask()).ToList();
        await identity.Started.Task;
        identity.Hold.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, identity.Calls);
        Assert.All(results, t => Assert.Equal("access-1", t));
    }

    [Fact]
    public async Task The_refresh_sends_the_refresh_grant_with_basic_auth_from_app_id_and_cert_id()
    {
        var identity = new FakeIdentity();
        await Tokens(identity, new FakeTimeProvider()).GetAsync(Store("refresh-1"), CancellationToken.None);

        Assert.Equal("refresh_token", identity.LastForm!["grant_type"]);
        Assert.Equal("refresh-1", identity.LastForm["refresh_token"]);
        Assert.Contains("https://api.ebay.com/oauth/api_scope/sell.fulfillment", identity.LastForm["scope"], StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("app-id:cert-id")), identity.LastAuthorization);
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires_then_refreshed()
    {
        var time = new FakeTimeProvider();
        var identity = new FakeIdentity { ExpiresIn = 7200 };
        var tokens = Tokens(identity, time);
        var store = Store("refresh-1");

        await tokens.GetAsync(store, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(7200) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var beforeMargin = await tokens.GetAsync(store, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        var afterMargin = await tokens.GetAsync(store, CancellationToken.None);

        Assert.Equal("access-1", beforeMargin);
        Assert.Equal("access-2", afterMargin);
        Assert.Equal(2, identity.Calls);
    }

    [Fact]
    public async Task A_rotated_refresh_token_is_written_back_once()
    {
        var identity = new FakeIdentity { RotateTo = "refresh-2" };
        var writer = new FakeWriter();
        var tokens = Tokens(identity, new FakeTimeProvider(), writer);

        await tokens.GetAsync(Store("refresh-1"), CancellationToken.None);

        var written = Assert.Single(writer.Written);
        Assert.Equal("refresh-2", written[EbayConstants.RefreshTokenCredential]);
        Assert.Equal("app-id", written[EbayConstants.ClientIdCredential]);

        // A store read after the write carries the new refresh token; the cached access token still serves it.
        await tokens.GetAsync(Store("refresh-2"), CancellationToken.None);
        Assert.Equal(1, identity.Calls);
    }

    [Fact]
    public async Task A_revoked_refresh_token_is_refused_as_needing_reauthorization()
    {
        var identity = new FakeIdentity { Refuse = true };
        var tokens = Tokens(identity, new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => tokens.GetAsync(Store("revoked"), CancellationToken.None).AsTask());

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal("invalid_grant", error.Code);
        Assert.Contains("the provided authorization refresh token is invalid", error.Message, StringComparison.Ordinal);
    }

    private static EbayAccessTokens Tokens(FakeIdentity identity, TimeProvider time, FakeWriter? writer = null)
    {
        var services = new ServiceCollection();
        if (writer is not null)
        {
            services.AddSingleton<IStoreCredentialWriter>(writer);
        }

        return new EbayAccessTokens(identity, time, Options.Create(new EbayOptions()), services.BuildServiceProvider());
    }

    private static EbayRequestContext Store(string refreshToken)
    {
        var stored = new Dictionary<string, string>
        {
            [EbayConstants.ClientIdCredential] = "app-id",
            [EbayConstants.ClientSecretCredential] = "cert-id",
            [EbayConstants.RefreshTokenCredential] = refreshToken,
        };
        var api = new Uri("https://api.ebay.com");
        return new EbayRequestContext(StoreId, api, api, "EBAY_US", new EbayCredentials { ClientId = "app-id", ClientSecret = "cert-id", RefreshToken = refreshToken }, stored);
    }

    private sealed class FakeIdentity : IEbayIdentityApi
    {
        private int _calls;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource? Hold { get; init; }

        public int ExpiresIn { get; init; } = 7200;

        public string? RotateTo { get; init; }

        public bool Refuse { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        public Dictionary<string, string>? LastForm { get; private set; }

        public string? LastAuthorization { get; private set; }

        // The token cache only refreshes; the authorization-code grant belongs to consent.
        public Task<IApiResponse<EbayTokenResponse>> ExchangeCodeAsync(
            Dictionary<string, string> form, string authorization, EbayRequestContext store, bool changesState, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public async Task<IApiResponse<EbayTokenResponse>> TokenAsync(
            Dictionary<string, string> form, string authorization, EbayRequestContext store, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            (LastForm, LastAuthorization) = (form, authorization);
            Started.TrySetResult();
            if (Hold is not null)
            {
                await Hold.Task;
            }

            var settings = new RefitSettings();
            if (Refuse)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.ebay.com/identity/v1/oauth2/token");
                var refused = new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    RequestMessage = request,
                    Content = new StringContent("""{"error":"invalid_grant","error_description":"the provided authorization refresh token is invalid or was issued to another client"}"""),
                };
                var error = await ApiException.Create(request, HttpMethod.Post, refused, settings);
                return new ApiResponse<EbayTokenResponse>(refused, null, settings, error);
            }

            var ok = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://api.ebay.com/identity/v1/oauth2/token") };
            return new ApiResponse<EbayTokenResponse>(ok, new EbayTokenResponse($"access-{call}", ExpiresIn, "User Access Token", RotateTo, null), settings);
        }
    }

    private sealed class FakeWriter : IStoreCredentialWriter
    {
        public List<IReadOnlyDictionary<string, string>> Written { get; } = [];

        public async Task<IReadOnlyDictionary<string, string>> RotateAsync(
            Guid storeId,
            IReadOnlyDictionary<string, string> seen,
            Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
            CancellationToken cancellationToken)
        {
            var rotated = await rotate(seen, cancellationToken);
            Written.Add(rotated);
            return rotated;
        }
    }
}

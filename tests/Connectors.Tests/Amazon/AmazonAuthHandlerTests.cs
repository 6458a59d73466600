using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.Amazon.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonAuthHandlerTests : IDisposable
{
    private readonly LwaTokenServer _tokens = new();
    private readonly SpApi _api = new();

    [Fact]
    public async Task A_403_for_the_cached_token_refreshes_it_once_and_the_request_goes_through_with_the_new_one()
    {
        _tokens.Release.SetResult();
        _api.Accepted = "Atza|2";
        using var client = Client();

        using var response = await client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Atza|1", "Atza|2"], _api.TokensSeen);
        Assert.Equal(2, _tokens.Grants);
        Assert.Equal(new Uri("https://sellingpartnerapi-na.amazon.com/orders/2026-01-01/orders?marketplaceIds=ATVPDKIKX0DER"), _api.LastUri);
    }

    [Fact]
    public async Task A_second_403_stands_without_a_third_token()
    {
        _tokens.Release.SetResult();
        _api.Accepted = "never";
        using var client = Client();

        using var response = await client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, _api.TokensSeen.Count);
        Assert.Equal(2, _tokens.Grants);
    }

    [Fact]
    public async Task A_403_that_names_a_missing_role_rather_than_the_token_stands_without_a_fresh_token()
    {
        _tokens.Release.SetResult();
        _api.Accepted = "never";
        _api.Details = "";
        using var client = Client();

        using var response = await client.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(_api.TokensSeen);
        Assert.Equal(1, _tokens.Grants);
    }

    [Fact]
    public async Task A_refused_Restricted_Data_Token_is_replaced_by_the_access_token_once()
    {
        _tokens.Release.SetResult();
        _api.Accepted = "Atza|1";
        using var client = Client();
        using var request = Request();
        request.Options.Set(AmazonRequestContext.OptionKey, AmazonRequestContext.From(request) with { RestrictedDataToken = "Atz.sprdt|stale" });

        using var response = await client.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Atz.sprdt|stale", "Atza|1"], _api.TokensSeen);
        Assert.Equal(1, _tokens.Grants);
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _api.Dispose();
    }

    private HttpClient Client()
    {
        var cache = new LwaTokenCache(new LwaTokenClient(new HttpClient(_tokens), new FixedOptionsMonitor<AmazonOptions>(new AmazonOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<LwaTokenClient>.Instance), new FakeTimeProvider(), Options.Create(new AmazonOptions()));
        return new HttpClient(new AmazonAuthHandler(cache) { InnerHandler = _api }) { BaseAddress = AmazonConstants.PlaceholderBaseAddress };
    }

    private static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/orders/2026-01-01/orders?marketplaceIds=ATVPDKIKX0DER", UriKind.Relative));
        var credentials = new AmazonCredentials { ClientId = "client", ClientSecret = "secret", RefreshToken = "Atzr|r" };
        request.Options.Set(
            AmazonRequestContext.OptionKey,
            new AmazonRequestContext("store", AmazonConstants.RegionHosts["na"], AmazonConstants.LwaHost, credentials, AmazonConstants.Operations.SearchOrders));
        return request;
    }

    /// <summary>SP-API as the handler sees it: 403 with Amazon's envelope for any token but the accepted one.</summary>
    private sealed class SpApi : HttpMessageHandler
    {
        public string Accepted { get; set; } = "";

        public string Details { get; set; } = "The access token you provided has expired.";

        public List<string> TokensSeen { get; } = [];

        public Uri? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.Headers.GetValues(AmazonConstants.AccessTokenHeader).Single();
            TokensSeen.Add(token);
            LastUri = request.RequestUri;
            var body = token == Accepted
                ? """{"orders":[]}"""
                : JsonSerializer.Serialize(new { errors = new[] { new { code = "Unauthorized", message = "Access to requested resource is denied.", details = Details } } });
            return Task.FromResult(new HttpResponseMessage(token == Accepted ? HttpStatusCode.OK : HttpStatusCode.Forbidden) { Content = new StringContent(body) });
        }
    }
}

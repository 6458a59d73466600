using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CrossBorderHub.Connectors;
using Microsoft.AspNetCore.WebUtilities;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>Testmart's consent: the seller names their shop, approves on Testmart, and the code is exchanged for a token.</summary>
public sealed partial class TestmartConsent : IMarketplaceConsent, IDisposable
{
    public const string SuggestedName = "Testmart shop";

    private static readonly Uri Official = new("https://testmart.invalid/");
    private static readonly string[] AppValues = ["clientId", "clientSecret"];
    private readonly HttpClient _http = new(new HttpClientHandler { UseProxy = false });

    public string Marketplace => TestmartConnector.Key;

    public IReadOnlyList<ConsentInputField> InputFields { get; } = [new("shopId", "Shop id", Required: true, Example: "acme-42")];

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app) =>
        [.. AppValues.Where(name => app.Value(name) is null).Select(name => new StoreAccountError(name, "Required."))];

    public IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input) =>
        ShopOf(input) is { } shop && ShopPattern().IsMatch(shop) ? [] : [new StoreAccountError("input.shopId", "Required: letters, digits and '-', at most 40.")];

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state) =>
        new(QueryHelpers.AddQueryString(new Uri(app.ConsentUrl ?? Official, "oauth/authorize").AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = app.Value("clientId"),
            ["redirect_uri"] = callback.AbsoluteUri,
            ["state"] = state,
            ["shop"] = ShopOf(input),
        }));

    public async Task<ConsentGrant> CompleteAsync(ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        if (query.TryGetValue("error", out var error))
        {
            throw new ConsentRefusedException(error == "access_denied" ? "You declined to authorize the app on Testmart." : "Testmart did not authorize the app.");
        }

        if (!query.TryGetValue("code", out var code) || !query.TryGetValue("shop", out var shop))
        {
            throw new ConsentRefusedException("Testmart's answer has no code or shop.");
        }

        if (!string.Equals(shop, ShopOf(input), StringComparison.OrdinalIgnoreCase))
        {
            throw new ConsentRefusedException("Testmart answered for another shop than the one you named.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = app.Value("clientId")!,
            ["client_secret"] = app.Value("clientSecret")!,
            ["code"] = code,
            ["redirect_uri"] = callback.AbsoluteUri,
        });
        using var response = await _http.PostAsync(new Uri(app.AuthUrl ?? Official, "oauth/token"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var kind = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized ? MarketplaceFailureKind.Rejected : MarketplaceFailureKind.Unavailable;
            throw new MarketplaceException(kind, Marketplace, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "Testmart refused the authorization code.");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, Marketplace, null, "Testmart's token answer is empty.");
        var settings = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["shopId"] = token.Shop });
        return new ConsentGrant(token.Shop.ToLowerInvariant(), SuggestedName, settings, new Dictionary<string, string> { ["accessToken"] = token.AccessToken }, app.ApiUrl, app.AuthUrl);
    }

    public void Dispose() => _http.Dispose();

    private static string? ShopOf(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("shopId", out var shop) && shop.ValueKind == JsonValueKind.String ? shop.GetString() : null;

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex ShopPattern();

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("shop")] string Shop);
}

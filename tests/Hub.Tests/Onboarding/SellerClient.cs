using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>What a seller's browser does with the hub: keeps cookies, does not follow redirects (the tests look at each), posts forms with their antiforgery token.</summary>
public static partial class SellerClient
{
    public const string SessionCookie = "__Host-cbh-onboarding";

    /// <summary>Over https, as a real deployment is: the session cookie is Secure and a cookie jar sends it only there.</summary>
    public static HttpClient Seller(this HubFixture hub) =>
        hub.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<(Guid Id, Uri Url, DateTimeOffset ExpiresAt)> CreateLinkAsync(this HttpClient admin, Guid tenantId, int? lifetimeSeconds = null)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/tenants/{tenantId}/onboarding-links", new { lifetimeSeconds });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), new Uri(body.GetProperty("url").GetString()!), body.GetProperty("expiresAt").GetDateTimeOffset());
    }

    /// <summary>Opens a link and follows it to /onboarding, returning the session client.</summary>
    public static async Task<HttpClient> OpenedSessionAsync(this HubFixture hub, Uri link)
    {
        var seller = hub.Seller();
        var opened = await seller.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return seller;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient seller, string path, string formPage, IReadOnlyDictionary<string, string> fields)
    {
        var page = await seller.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "No antiforgery token on " + formPage);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await seller.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

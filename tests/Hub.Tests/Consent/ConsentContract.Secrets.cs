using System.Net;
using CrossBorderHub.Hub.Tests.Contract;
using Microsoft.AspNetCore.WebUtilities;

namespace CrossBorderHub.Hub.Tests.Consent;

public abstract partial class ConsentContract<TAdapter>
{
    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task No_code_state_token_or_app_secret_reaches_the_logs_the_result_page_or_the_api(string database)
    {
        var hub = await HubAsync(database);
        var tenant = await CreateTenantAsync(hub, "Careful seller");
        var (id, consentUrl) = await StartAsync(hub, tenant);
        var callback = await DecideAsync(consentUrl, approve: true);

        using var answer = await ArriveAsync(hub, callback);
        var page = await answer.Content.ReadAsStringAsync();
        var authorization = await AuthorizationAsync(hub, tenant, id);
        Assert.Equal("Completed", authorization.GetProperty("status").GetString());
        await FirstRunAsync(hub, authorization.GetProperty("storeId").GetGuid());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
        var secrets = SecretsOf(callback, hub.Sandbox.App);
        Assert.NotEmpty(secrets);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, authorization.ToString(), StringComparison.Ordinal);
            Assert.All(hub.Logs.Lines, line => Assert.DoesNotContain(secret, line, StringComparison.Ordinal));
        }
    }

    /// <summary>The callback's state and one-time codes or tokens, and the app's secrets (Shopee calls its secret partnerKey).</summary>
    private static List<string> SecretsOf(Uri callback, IReadOnlyDictionary<string, string> app)
    {
        var query = QueryHelpers.ParseQuery(callback.Query);
        var secret = new[] { "state", "code", "token" };
        return
        [
            .. query.Where(q => secret.Any(s => q.Key.Contains(s, StringComparison.OrdinalIgnoreCase))).Select(q => q.Value.ToString()),
            .. app.Where(a => a.Key.Contains("secret", StringComparison.OrdinalIgnoreCase) || a.Key == "partnerKey").Select(a => a.Value),
        ];
    }
}

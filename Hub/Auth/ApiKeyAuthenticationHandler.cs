using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Auth;

/// <summary>Turns a known X-Api-Key into a principal with the admin or erp role; keys are compared in constant time.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = values.ToString();
        var current = keys.CurrentValue;
        var role = Matches(presented, current.AdminKeys) ? ApiKeyDefaults.AdminRole
            : Matches(presented, current.ErpKeys) ? ApiKeyDefaults.ErpRole
            : null;
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], ApiKeyDefaults.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme)));
    }

    private static bool Matches(string presented, IEnumerable<string> candidates)
    {
        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        var found = false;
        foreach (var candidate in candidates)
        {
            found |= CryptographicOperations.FixedTimeEquals(presentedBytes, Encoding.UTF8.GetBytes(candidate));
        }

        return found;
    }
}

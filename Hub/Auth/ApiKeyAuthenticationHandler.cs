using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Auth;

/// <summary>
/// Turns a known X-Api-Key into a principal: a configured admin key (admin role), a configured ERP key (erp role, the
/// default tenant) or a tenant's issued ERP key found by its hash (erp role, that tenant). Configured keys are compared in constant time.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys,
    TenantKeyResolver tenantKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        var current = keys.CurrentValue;
        if (Matches(presented, current.AdminKeys))
        {
            return Success(ApiKeyDefaults.AdminRole, tenant: null);
        }

        if (Matches(presented, current.ErpKeys))
        {
            return Success(ApiKeyDefaults.ErpRole, Sellers.Default);
        }

        return await tenantKeys.ResolveAsync(presented, Context.RequestAborted) is { } tenant
            ? Success(ApiKeyDefaults.ErpRole, tenant)
            : AuthenticateResult.Fail("Unknown API key.");
    }

    private static AuthenticateResult Success(string role, Guid? tenant)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], ApiKeyDefaults.Scheme);
        if (tenant is { } id)
        {
            identity.AddClaim(TenantClaims.For(id));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
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

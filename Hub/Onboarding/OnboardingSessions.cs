using System.Globalization;
using System.Security.Claims;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Onboarding;

/// <summary>
/// Starts and reads the seller's session: a cookie the cookie authentication handler protects with Data Protection,
/// holding the tenant, the link and the expiry. It is read only by the onboarding pages and never becomes the request's user.
/// </summary>
internal sealed class OnboardingSessions(IOptions<OnboardingOptions> options, TimeProvider time)
{
    public async Task StartAsync(HttpContext context, OnboardingLinkView link)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(OnboardingDefaults.TenantClaim, link.TenantId.ToString()),
                new Claim(OnboardingDefaults.LinkClaim, link.Id.ToString()),
            ],
            OnboardingDefaults.Scheme);
        var properties = new AuthenticationProperties
        {
            ExpiresUtc = time.GetUtcNow() + options.Value.SessionLifetime,
            IsPersistent = false,
            AllowRefresh = false,
        };
        await context.SignInAsync(OnboardingDefaults.Scheme, new ClaimsPrincipal(identity), properties);
    }

    /// <summary>The session the request carries, or null: no cookie, one that does not decrypt, expired, or its link revoked.</summary>
    public static async Task<OnboardingSession?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OnboardingDefaults.Scheme);
        if (!result.Succeeded || result.Properties.ExpiresUtc is not { } expires)
        {
            return null;
        }

        return Parse(result.Principal) is { } ids ? new OnboardingSession(ids.Tenant, ids.Link, expires) : null;
    }

    public static (Guid Tenant, Guid Link)? Parse(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(OnboardingDefaults.TenantClaim), CultureInfo.InvariantCulture, out var tenant)
        && Guid.TryParse(principal?.FindFirstValue(OnboardingDefaults.LinkClaim), CultureInfo.InvariantCulture, out var link)
            ? (tenant, link)
            : null;
}

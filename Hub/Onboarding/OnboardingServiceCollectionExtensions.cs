using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Onboarding;

internal static class OnboardingServiceCollectionExtensions
{
    /// <summary>
    /// Onboarding links (admin API) and the seller's pages at /onboarding: their own cookie scheme, never the default one,
    /// so a seller session opens the onboarding pages and nothing else, and the dashboard's sign-in stays as it is.
    /// </summary>
    public static IServiceCollection AddHubOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>()
            .Bind(configuration.GetSection(OnboardingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(OnboardingOptions.Section).Get<OnboardingOptions>() ?? new OnboardingOptions();
        services.AddAuthentication().AddCookie(OnboardingDefaults.Scheme, o =>
        {
            o.Cookie.Name = OnboardingDefaults.Cookie;
            o.Cookie.HttpOnly = true;

            // A __Host- cookie without Secure is dropped by browsers; they keep Secure cookies from http://localhost and 127.0.0.1.
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;

            // Lax: the marketplace's redirect back to the callback, then to /onboarding/done, is a cross-site navigation.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = options.SessionLifetime;
            o.SlidingExpiration = false;
            o.Events.OnValidatePrincipal = RejectRevokedLinkAsync;
        });
        services.Configure<RazorPagesOptions>(o => o.Conventions.AllowAnonymousToAreaFolder(OnboardingDefaults.Area, "/"));
        services.AddSingleton<OnboardingSessions>();
        return services;
    }

    /// <summary>A session ends with its link: revoking the link signs the seller out at the next page.</summary>
    private static async Task RejectRevokedLinkAsync(CookieValidatePrincipalContext context)
    {
        var ids = OnboardingSessions.Parse(context.Principal);
        var links = context.HttpContext.RequestServices.GetRequiredService<IOnboardingLinks>();
        var link = ids is { } found ? await links.FindAsync(found.Link, context.HttpContext.RequestAborted) : null;
        if (link is null || link.RevokedAt is not null || link.TenantId != ids!.Value.Tenant)
        {
            context.RejectPrincipal();
        }
    }
}

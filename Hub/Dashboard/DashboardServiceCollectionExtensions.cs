using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Dashboard.Auth;
using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Hub.Dashboard.Steering;

namespace CrossBorderHub.Hub.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard's server-rendered pages at "/", admin-only, with antiforgery on every action.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Dashboard/Pages";
            o.Conventions.AuthorizeFolder("/", ApiKeyDefaults.AdminPolicy);
            o.Conventions.AllowAnonymousToPage("/SignIn");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = DashboardAuthDefaults.AntiforgeryCookie;
            // Antiforgery refuses plain-HTTP requests outright under Always; the token is only worth anything beside the
            // session cookie, which is always Secure (browsers keep Secure cookies from http://localhost).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = DashboardAuthDefaults.AntiforgeryHeader;
        });
        services.AddSingleton<AdminKeys>();
        services.AddSingleton<NextFireTimes>();
        services.AddSingleton<DashboardReader>();
        services.AddSingleton<BudgetReader>();
        services.AddSingleton<QuarantineRetry>();
        services.AddSingleton<IStoreSteering, SchedulerSteering>();
        return services;
    }

    /// <summary>After authentication: API calls made with the session cookie must carry the antiforgery token.</summary>
    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app) =>
        app.UseMiddleware<SessionAntiforgeryMiddleware>();

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}

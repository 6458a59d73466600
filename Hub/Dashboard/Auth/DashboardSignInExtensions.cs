using System.Security.Claims;
using CrossBorderHub.Hub.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CrossBorderHub.Hub.Dashboard.Auth;

internal static class DashboardSignInExtensions
{
    /// <summary>
    /// The admin session cookie (secure, HTTP-only, SameSite), OpenID Connect when an authority is configured, and the
    /// default policy scheme that sends a request with X-Api-Key to the key handler and any other to the session.
    /// </summary>
    public static AuthenticationBuilder AddDashboardSignIn(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(DashboardOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var oidc = options.OpenIdConnect;

        builder.AddPolicyScheme(DashboardAuthDefaults.PolicyScheme, "API key or admin session", o =>
            o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName)
                ? ApiKeyDefaults.Scheme
                : DashboardAuthDefaults.CookieScheme);
        builder.AddCookie(DashboardAuthDefaults.CookieScheme, o =>
        {
            o.Cookie.Name = DashboardAuthDefaults.SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;

            // The identity provider's redirect back is a cross-site navigation: a Strict cookie would not follow it.
            o.Cookie.SameSite = oidc.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = options.SessionLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = DashboardAuthDefaults.SignInPath;
            o.LogoutPath = DashboardAuthDefaults.SignOutPath;
            o.AccessDeniedPath = DashboardAuthDefaults.SignInPath;
            o.Events.OnRedirectToLogin = context => AnswerApiOr(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => AnswerApiOr(context, StatusCodes.Status403Forbidden);
        });
        if (oidc.Enabled)
        {
            builder.AddOpenIdConnect(DashboardAuthDefaults.OpenIdConnectScheme, o =>
            {
                o.Authority = oidc.Authority!.ToString();
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = DashboardAuthDefaults.CookieScheme;
                o.RequireHttpsMetadata = !oidc.Authority.IsLoopback;
                o.Events.OnTokenValidated = context => AdmitAsync(context.Principal, oidc, context);
            });
        }

        return builder;
    }

    /// <summary>API callers get a status code, browsers the sign-in page.</summary>
    private static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(DashboardAuthDefaults.ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>An identity-provider user becomes an admin, when they hold the configured role (or any user when none is configured).</summary>
    private static Task AdmitAsync(ClaimsPrincipal? principal, OpenIdConnectSignInOptions oidc, TokenValidatedContext context)
    {
        var identity = principal?.Identity as ClaimsIdentity;
        var allowed = identity is not null
            && (string.IsNullOrEmpty(oidc.AdminRole) || identity.FindAll(oidc.RoleClaim).Any(c => string.Equals(c.Value, oidc.AdminRole, StringComparison.Ordinal)));
        if (!allowed)
        {
            context.Fail("The identity provider's user does not hold the dashboard's admin role.");
            return Task.CompletedTask;
        }

        identity!.AddClaim(new Claim(ClaimTypes.Role, ApiKeyDefaults.AdminRole));
        return Task.CompletedTask;
    }
}

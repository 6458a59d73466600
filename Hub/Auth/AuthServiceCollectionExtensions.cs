using CrossBorderHub.Hub.Dashboard.Auth;
using Microsoft.AspNetCore.Authentication;

namespace CrossBorderHub.Hub.Auth;

internal static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>()
            .Bind(configuration.GetSection(ApiKeyOptions.Section))
            .Validate(o => o.AdminKeys.Any(k => !string.IsNullOrWhiteSpace(k)), "Auth:AdminKeys must list at least one key (or run the demo: Demo:Enabled=true).")
            .ValidateOnStart();
        services.AddAuthentication(DashboardAuthDefaults.PolicyScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null)
            .AddDashboardSignIn(configuration);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.AdminPolicy, p => p.RequireRole(ApiKeyDefaults.AdminRole))
            .AddPolicy(ApiKeyDefaults.ReadPolicy, p => p.RequireRole(ApiKeyDefaults.AdminRole, ApiKeyDefaults.ErpRole));
        return services;
    }
}

namespace CrossBorderHub.Hub.Tenancy;

internal static class TenancyServiceCollectionExtensions
{
    /// <summary>Tenant ERP key lookup (cached by hash) and the per-request view of what the caller may read.</summary>
    public static IServiceCollection AddHubTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>()
            .Bind(configuration.GetSection(TenancyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<TenantKeyResolver>();
        services.AddScoped<TenantAccess>();
        return services;
    }
}

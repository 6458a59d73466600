using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Consent;

internal static class ConsentServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="ConsentOptions"/> from "Connect" (validated at start), the apps per marketplace (<see cref="ConsentApps"/>)
    /// and the <see cref="IConsentFlow"/>. Marketplaces take part through <c>AddMarketplaceConsent</c> in their connector.
    /// </summary>
    public static IServiceCollection AddHubConsent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsentOptions>()
            .Bind(configuration.GetSection(ConsentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConsentOptions>, ConsentOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(ConsentFlow.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<ConsentApps>();
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<IConsentFlow, ConsentFlow>();
        return services;
    }
}

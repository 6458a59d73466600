using CrossBorderHub.Hub.Infrastructure.KeyRing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CrossBorderHub.Hub.Infrastructure;

internal static class HostingExtensions
{
    private const string ApplicationName = "CrossBorderHub";

    /// <summary>
    /// The repository's root appsettings.json (copied beside the binary) as the lowest-priority source,
    /// so environment variables and the command line still override it.
    /// </summary>
    public static IConfigurationManager AddRootAppSettings(this IConfigurationManager configuration)
    {
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        return configuration;
    }

    public static IServiceCollection AddHubDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DataProtectionOptionsSection.Section).Get<DataProtectionOptionsSection>() ?? new();
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(Directory.CreateDirectory(options.KeysPath))
            .ProtectKeyRing(options, configuration);
        return services;
    }
}

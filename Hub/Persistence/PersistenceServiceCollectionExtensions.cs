using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence.Commands;
using CrossBorderHub.Persistence.Consent;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Reads;
using CrossBorderHub.Persistence.Retention;
using CrossBorderHub.Persistence.Runs;
using CrossBorderHub.Persistence.Schedules;
using CrossBorderHub.Persistence.Stores;
using CrossBorderHub.Persistence.Tenancy;
using CrossBorderHub.Persistence.Writes;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderHub.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hub's database from <c>Database:Provider</c> (Sqlite, SqlServer or PostgreSql; default Sqlite) and
    /// <c>ConnectionStrings:Hub</c>, plus <see cref="IHubDatabase"/>, <see cref="ICanonicalStore"/>, <see cref="ISyncRunStore"/>,
    /// <see cref="IStoreAccountSource"/>, <see cref="IStoreAccountRepository"/>, <see cref="IStoreStatusWriter"/>,
    /// <see cref="IStoreCredentialWriter"/>, the <see cref="ConnectorHostOptions"/>, <see cref="IChangeFeed"/>, <see cref="IQuarantine"/>, <see cref="ITenantDirectory"/>, <see cref="ITenantReads"/>
    /// and a scoped <see cref="HubDbContext"/>. Needs an <c>IDataProtectionProvider</c> (<c>AddDataProtection()</c>) from the host.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is not one of the three, or a connection string is missing.</exception>
    public static IServiceCollection AddHubPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = HubDatabaseSettings.From(configuration);
        services.AddConnectorHosts(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddContext<SqliteHubDbContext>(services, o => ProviderOptions.Sqlite(o, settings.ConnectionString));
                services.AddSingleton<SqlDialect, SqliteDialect>();
                break;
            case DatabaseProvider.PostgreSql:
                AddContext<PostgreSqlHubDbContext>(services, o => ProviderOptions.PostgreSql(o, settings.ConnectionString));
                services.AddSingleton<SqlDialect, PostgreSqlDialect>();
                break;
            case DatabaseProvider.SqlServer:
                AddContext<SqlServerHubDbContext>(services, o => ProviderOptions.SqlServer(o, settings.ConnectionString));
                services.AddSingleton<SqlDialect, SqlServerDialect>();
                break;
            default:
                throw new InvalidOperationException($"Configuration '{PersistenceConfigKeys.Provider}' has no handler for {settings.Provider}.");
        }

        services.AddSingleton<IHubDatabase, HubDatabase>();
        services.AddSingleton<ICanonicalStore, CanonicalStore>();
        services.AddSingleton<ISyncRunStore, SyncRunStore>();
        services.AddSingleton<CredentialProtector>();
        services.AddSingleton<IStoreAccountRepository, StoreAccountRepository>();
        services.AddSingleton<IStoreAccountSource, StoreAccountSource>();
        services.AddSingleton<IStoreStatusWriter, StoreStatusWriter>();
        services.AddSingleton<IStoreCredentialWriter, StoreCredentialWriter>();
        services.AddSingleton<IChangeFeed, ChangeFeed>();
        services.AddSingleton<IQuarantine, QuarantineReader>();
        services.AddSingleton<IQuarantineEntries, QuarantineEntries>();
        services.AddSingleton<ICommandStore, CommandStore>();
        services.AddSingleton<ICommandBoard, CommandBoard>();
        services.AddSingleton<ICommandOutbox, CommandOutbox>();
        services.AddSingleton<ITenantDirectory, TenantDirectory>();
        services.AddSingleton<ITenantReads, TenantReads>();
        services.AddSingleton<IPersonalDataRetention, PersonalDataRedactor>();
        services.AddSingleton<ISyncScheduleStore, SyncScheduleStore>();
        services.AddSingleton<IConsentAuthorizations, ConsentAuthorizationStore>();
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : HubDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddSingleton<IHubDbContextFactory, HubDbContextFactory<TContext>>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}

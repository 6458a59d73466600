using CrossBorderHub.Persistence.Context;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace CrossBorderHub.Persistence.JobStore;

public static class JobStoreServiceCollectionExtensions
{
    /// <summary>
    /// Chooses Quartz's job store from <c>JobStore</c> (validated at start): by default Quartz's tables in the hub's
    /// database (created by the hub's migrations, named QRTZ_), clustered on PostgreSQL and SQL Server; or memory.
    /// Job data is stored as JSON. Call after <see cref="PersistenceServiceCollectionExtensions.AddHubPersistence"/>.
    /// </summary>
    public static IServiceCollection AddHubJobStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobStoreOptions>()
            .Bind(configuration.GetSection(JobStoreOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(JobStoreOptions.Section).Get<JobStoreOptions>() ?? new JobStoreOptions();
        var database = HubDatabaseSettings.From(configuration);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = JobStoreOptions.SchedulerName);
            if (options.Kind == JobStoreKind.Memory)
            {
                q.UseInMemoryStore();
                return;
            }

            q.UsePersistentStore(store =>
            {
                UseDatabase(store, database);
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(s =>
                {
                    s.MisfireThreshold = options.MisfireThreshold;
                    s.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                if (options.ClusteredOn(database.Provider))
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.CheckinInterval;
                        c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                    });
                }
            });
        });
        return services;
    }

    private static void UseDatabase(IPersistentStoreBuilder store, HubDatabaseSettings database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                store.UseSqlite(SqliteFactory.Instance, database.ConnectionString);
                break;
            case DatabaseProvider.PostgreSql:
                store.UsePostgres(NpgsqlFactory.Instance, database.ConnectionString);
                break;
            case DatabaseProvider.SqlServer:
                store.UseSqlServer(SqlClientFactory.Instance, database.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Configuration '{PersistenceConfigKeys.Provider}' has no job store for {database.Provider}.");
        }
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CrossBorderHub.Persistence.Tests.Infrastructure;

/// <summary>A migrated, empty hub database of its own (SQLite temp file or a uniquely named PostgreSQL database), dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Func<Task> drop;

    private TestDatabase(DatabaseProvider provider, string connectionString, ServiceProvider services, FakeTimeProvider time, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.services = services;
        Time = time;
        this.drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => services;
    public ICanonicalStore Store => services.GetRequiredService<ICanonicalStore>();
    public IChangeFeed Feed => services.GetRequiredService<IChangeFeed>();
    public IQuarantine Quarantine => services.GetRequiredService<IQuarantine>();
    public ISyncRunStore Runs => services.GetRequiredService<ISyncRunStore>();
    public IStoreAccountRepository Accounts => services.GetRequiredService<IStoreAccountRepository>();
    public IStoreAccountSource AccountSource => services.GetRequiredService<IStoreAccountSource>();
    public IStoreStatusWriter Statuses => services.GetRequiredService<IStoreStatusWriter>();
    public IStoreCredentialWriter CredentialWriter => services.GetRequiredService<IStoreCredentialWriter>();

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool allowCustomHosts = true)
    {
        string connectionString;
        Func<Task> drop;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server = TestPostgres.Require();
            var name = $"cbh_test_{Guid.NewGuid():N}";
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            drop = () => DropPostgresAsync(server, name);
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "cbh-persistence-tests", Guid.NewGuid().ToString("N"));
            connectionString = $"Data Source={Path.Combine(folder, "hub.db")}";
            drop = () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            };
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Hub"] = connectionString,
                ["Connectors:AllowCustomHosts"] = allowCustomHosts ? "true" : "false",
            })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .AddHubPersistence(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var database = new TestDatabase(provider, connectionString, services, time, drop);
        await services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>Creates a store account (stores own every record through a foreign key) and returns its id.</summary>
    public async Task<Guid> CreateStoreAsync(string name = "Test store")
    {
        var summary = await Accounts.CreateAsync(
            new NewStoreAccount(Sellers.Default, "shopify", $"{name} {Guid.NewGuid():N}", new Dictionary<string, string>(), new Dictionary<string, string>(), null, null),
            CancellationToken.None);
        return summary.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await drop();
    }

    private static async Task DropPostgresAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}

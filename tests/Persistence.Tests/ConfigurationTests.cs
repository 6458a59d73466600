using CrossBorderHub.Persistence.Context;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class ConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void An_unknown_provider_stops_start_up_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddHubPersistence(Config(("Database:Provider", "Oracle"))));

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Oracle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_provider_without_a_connection_string_stops_start_up_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddHubPersistence(Config(("Database:Provider", "PostgreSql"))));

        Assert.Contains("ConnectionStrings:Hub", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configuration_the_hub_uses_a_sqlite_file_under_data()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .AddHubPersistence(Config())
            .BuildServiceProvider();

        var settings = services.GetRequiredService<HubDatabaseSettings>();
        using var scope = services.CreateScope();

        Assert.Equal(new HubDatabaseSettings(DatabaseProvider.Sqlite, "Data Source=data/hub.db"), settings);
        Assert.IsType<SqliteHubDbContext>(scope.ServiceProvider.GetRequiredService<HubDbContext>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("sqlserver", typeof(SqlServerHubDbContext))]
    [InlineData("PostgreSql", typeof(PostgreSqlHubDbContext))]
    public void The_host_resolves_HubDbContext_to_the_chosen_providers_context(string provider, Type expected)
    {
        using var services = new ServiceCollection()
            .AddHubPersistence(Config(("Database:Provider", provider), ("ConnectionStrings:Hub", "Host=x;Server=x;Database=hub")))
            .BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType(expected, scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }
}

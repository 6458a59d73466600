using Xunit.Abstractions;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Context.DesignTime;
using CrossBorderHub.Persistence.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrossBorderHub.Persistence.Tests;

public sealed class MigrationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    private static HubDbContext DesignTime(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    [Theory, MemberData(nameof(Providers))]
    public void Each_providers_migrations_match_the_model(string provider)
    {
        using var db = DesignTime(provider);
        using var sqlite = DesignTime("Sqlite");

        Assert.False(db.Database.HasPendingModelChanges(), $"Model changed: run dotnet ef migrations add for {provider}.");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(Names(sqlite), Names(db));
    }

    /// <summary>Migration names without their timestamps: every provider carries the same steps in the same order.</summary>
    private static IEnumerable<string> Names(HubDbContext db) =>
        db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

    [Theory, MemberData(nameof(Providers))]
    public void The_bulk_writer_columns_exist_in_the_model(string provider)
    {
        using var db = DesignTime(provider);
        var tables = new[] { CanonicalTables.Orders.Table, CanonicalTables.Products.Table, CanonicalTables.Inventory.Table, CanonicalTables.Checkpoints, CanonicalTables.Quarantine };

        foreach (var table in tables)
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table.Name);
            var columns = entity.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table.Name))).ToHashSet();
            Assert.Equal(columns.Order(), table.Columns.Order());
            if (table.Guarded)
            {
                Assert.Contains(entity.GetIndexes(), i => i.IsUnique && i.Properties.Select(p => p.GetColumnName()).SequenceEqual(table.Keys));
            }
        }
    }

    [Fact]
    public void The_SqlServer_migration_script_creates_the_tables_and_unique_natural_keys()
    {
        using var db = DesignTime("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript();

        var path = Path.Combine(AppContext.BaseDirectory, "sqlserver-migrations.sql");
        File.WriteAllText(path, script);
        output.WriteLine($"SQL Server script: {path}");
        foreach (var table in new[] { "sellers", "stores", "store_credentials", "orders", "products", "inventory", "sync_checkpoints", "quarantine", "sync_runs", "change_counters" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE UNIQUE INDEX [ux_orders_store_id_marketplace_order_id] ON [orders] ([store_id], [marketplace_order_id])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [ux_products_store_id_marketplace_product_id] ON [products] ([store_id], [marketplace_product_id])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [ux_inventory_store_id_sku_location_id] ON [inventory] ([store_id], [sku], [location_id])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [ux_orders_sequence] ON [orders] ([sequence])", script, StringComparison.Ordinal);
        Assert.Contains("'orders'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SqlServer_dialect_upserts_with_a_guarded_merge()
    {
        var sql = new SqlServerDialect().Upsert(CanonicalTables.Orders.Table, 2);

        Assert.StartsWith("MERGE INTO [orders] WITH (HOLDLOCK) AS t USING (VALUES (@p0, ", sql, StringComparison.Ordinal);
        Assert.Contains("(@p11, @p12,", sql, StringComparison.Ordinal);
        Assert.Contains("ON t.[store_id] = s.[store_id] AND t.[marketplace_order_id] = s.[marketplace_order_id]", sql, StringComparison.Ordinal);
        Assert.Contains("WHEN MATCHED AND (s.[updated_at] > t.[updated_at] OR (s.[updated_at] = t.[updated_at] AND s.[content_hash] <> t.[content_hash]))", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("[id] = s.[id]", sql, StringComparison.Ordinal);
        Assert.EndsWith(";", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_stay_under_each_providers_parameter_limit()
    {
        foreach (SqlDialect dialect in new SqlDialect[] { new SqliteDialect(), new PostgreSqlDialect(), new SqlServerDialect() })
        {
            var table = CanonicalTables.Orders.Table;
            Assert.True(dialect.RowsPerStatement(table) * table.Columns.Count <= dialect.MaxParameters);
        }

        Assert.Equal(189, new SqlServerDialect().RowsPerStatement(CanonicalTables.Orders.Table));
    }
}

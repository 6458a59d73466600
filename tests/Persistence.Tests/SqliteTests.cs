using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class SqliteTests
{
    [Fact]
    public async Task The_database_runs_in_WAL_mode_with_a_busy_timeout()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await context.Database.OpenConnectionAsync();

        var mode = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        var timeout = await context.Database.SqlQueryRaw<int>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();

        Assert.Equal("wal", mode);
        Assert.True(timeout >= 5000);
    }

    [Fact]
    public async Task Migrating_creates_the_folder_of_the_database_file_and_is_then_ready()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        Assert.True(await db.Services.GetRequiredService<IHubDatabase>().IsReadyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Times_are_stored_as_sortable_unix_milliseconds()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = await db.CreateStoreAsync();
        await db.Store.WriteOrdersAsync(Build.Page(store, Mapping.Canonical.SyncEntity.Orders, "c", Build.Order("A")), CancellationToken.None);
        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        var stored = await context.Database.SqlQueryRaw<long>("SELECT updated_at AS \"Value\" FROM orders").SingleAsync();
        var type = await context.Database.SqlQueryRaw<string>("SELECT typeof(updated_at) AS \"Value\" FROM orders").SingleAsync();

        Assert.Equal(Build.T0.ToUnixTimeMilliseconds(), stored);
        Assert.Equal("integer", type);
    }
}

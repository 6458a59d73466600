using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>One running hub per test class, on the database the derived fixture chooses.</summary>
public abstract class HubFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private DatabaseUnderTest? _database;

    public HubFactory Factory { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Erp { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Settings this fixture's hub runs with on top of <see cref="HubFactory"/>'s.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Services this fixture's hub replaces or adds (a test-only connector, a fake clock).</summary>
    protected virtual Action<IServiceCollection>? Services => null;

    protected abstract DatabaseUnderTest CreateDatabase(string folder);

    public virtual Task InitializeAsync()
    {
        _database = CreateDatabase(_folder.Path);
        Factory = new HubFactory(_database, _folder.Path, Settings, Services);
        Admin = Factory.CreateClient(HubFactory.AdminKey);
        Erp = Factory.CreateClient(HubFactory.ErpKey);
        Anonymous = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DropAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteHubFixture : HubFixture
{
    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.Sqlite(folder);
}

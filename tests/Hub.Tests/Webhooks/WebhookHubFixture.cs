using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>One <see cref="WebhookHub"/> per test class, on the database the derived fixture chooses.</summary>
public abstract class WebhookHubFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private DatabaseUnderTest? _database;

    public WebhookHub Hub { get; private set; } = null!;

    protected abstract DatabaseUnderTest CreateDatabase(string folder);

    protected virtual bool Enabled => true;

    public Task InitializeAsync()
    {
        if (Enabled)
        {
            _database = CreateDatabase(_folder.Path);
            Hub = WebhookHub.Start(_database, _folder.Path);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

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

    /// <summary>Whether the PostgreSQL tests run here (CI always; elsewhere when a server is configured).</summary>
    public static bool PostgreSqlConfigured =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseUnderTest.PostgresVariable))
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

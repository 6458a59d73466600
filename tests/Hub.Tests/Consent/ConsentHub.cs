using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Tests.Contract;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Secrets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>
/// A hub whose <c>Connect:Apps</c> names one marketplace's sandbox, with a consent clock of its own (a
/// <see cref="FakeTimeProvider"/> at the real time, moved only by a scenario that ages a consent).
/// </summary>
public sealed class ConsentHub(string database, IConsentContractAdapter adapter, IConsentContractSandbox sandbox) : HubFixture
{
    public FakeTimeProvider ConsentClock { get; } = new(TimeProvider.System.GetUtcNow());

    public IConsentContractSandbox Sandbox => sandbox;

    /// <summary>Every line the hub logged, to look for secrets in.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>An anonymous client that shows redirects instead of following them, as the callback's answer is checked.</summary>
    public HttpClient Browser { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(adapter.HubSettings);
            foreach (var (key, value) in sandbox.App)
            {
                settings[$"Connect:Apps:{adapter.Marketplace}:{key}"] = value;
            }

            return settings;
        }
    }

    protected override Action<IServiceCollection> Services => services =>
    {
        adapter.AddServices(services);
        services.AddKeyedSingleton<TimeProvider>(ConsentFlow.ClockKey, ConsentClock);
        services.AddSingleton<ILoggerProvider>(Logs);
    };

    protected override DatabaseUnderTest CreateDatabase(string folder) =>
        database == ContractDatabase.PostgreSql ? DatabaseUnderTest.PostgreSql() : DatabaseUnderTest.Sqlite(folder);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        sandbox.Dispose();
    }
}

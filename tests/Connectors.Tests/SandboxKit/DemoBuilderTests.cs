using CrossBorderHub.Connectors.SandboxKit.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class DemoBuilderTests
{
    private sealed record Builder(IServiceCollection Services, bool Enabled) : IDemoBuilder;

    private sealed class FakeMarketplace : IDemoMarketplace
    {
        public DemoStore Start(DemoPace pace) => throw new NotSupportedException();
    }

    [Fact]
    public void A_demo_marketplace_is_registered_once_when_the_demo_is_on()
    {
        var services = new ServiceCollection();

        new Builder(services, Enabled: true).AddDemoMarketplace<FakeMarketplace>().AddDemoMarketplace<FakeMarketplace>();

        Assert.Single(services, d => d.ServiceType == typeof(IDemoMarketplace));
    }

    [Fact]
    public void Nothing_is_registered_when_the_demo_is_off()
    {
        var services = new ServiceCollection();

        new Builder(services, Enabled: false).AddDemoMarketplace<FakeMarketplace>();

        Assert.Empty(services);
    }

    [Fact]
    public void A_demo_store_stops_its_simulation_once()
    {
        var simulation = new CountingDisposable();
        var store = new DemoStore("market", "Market", "Demo store", new Dictionary<string, string>(), new Dictionary<string, string>(), new Uri("http://127.0.0.1:1/"), null, simulation);

        store.Dispose();
        store.Dispose();

        Assert.Equal(1, simulation.Disposals);
    }

    [Fact]
    public void The_first_order_is_placed_so_that_the_initial_orders_exist_now()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

        var pace = new DemoPace(1, clock, InitialOrders: 100, NewOrderEvery: TimeSpan.FromSeconds(3));

        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromSeconds(300), pace.FirstOrderAt);
    }

    private sealed class CountingDisposable : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose() => Disposals++;
    }
}

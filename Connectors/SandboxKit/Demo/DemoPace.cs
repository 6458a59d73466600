namespace CrossBorderHub.Connectors.SandboxKit.Demo;

/// <summary>
/// What the demo asks of every simulated marketplace: the same seed and clock, <see cref="InitialOrders"/> orders
/// already there, and a new one every <see cref="NewOrderEvery"/>.
/// </summary>
public sealed record DemoPace(int Seed, TimeProvider Clock, int InitialOrders, TimeSpan NewOrderEvery)
{
    /// <summary>When the first order was placed, so that <see cref="InitialOrders"/> exist now.</summary>
    public DateTimeOffset FirstOrderAt => Clock.GetUtcNow() - (NewOrderEvery * InitialOrders);
}

namespace CrossBorderHub.Connectors.SandboxKit.Demo;

/// <summary>A marketplace the demo can simulate: its sandbox project implements this and registers it.</summary>
public interface IDemoMarketplace
{
    /// <summary>Starts the simulated store at the demo's pace; the caller disposes it when the demo stops.</summary>
    DemoStore Start(DemoPace pace);
}

using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

/// <summary>A marketplace's plan as the kit sees it, with no record faults of its own.</summary>
internal sealed record TestFaultPlan : SandboxFaultPlan;

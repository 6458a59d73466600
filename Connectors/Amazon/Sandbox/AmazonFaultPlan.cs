using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>The kit's request faults plus the orders (by index) written with a defect.</summary>
public sealed record AmazonFaultPlan : SandboxFaultPlan
{
    public static AmazonFaultPlan None { get; } = new();

    public IReadOnlyDictionary<int, AmazonSandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, AmazonSandboxRecordFault>();
}

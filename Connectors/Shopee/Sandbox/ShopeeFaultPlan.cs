using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>The kit's HTTP faults by request number, plus orders (by index) written so they cannot be mapped.</summary>
public sealed record ShopeeFaultPlan : SandboxFaultPlan
{
    public static ShopeeFaultPlan None { get; } = new();

    public IReadOnlyDictionary<int, ShopeeSandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, ShopeeSandboxRecordFault>();
}

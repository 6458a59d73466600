using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>The kit's HTTP faults by request number, plus orders and items (by index) written with defects.</summary>
public sealed record ShopeeFaultPlan : SandboxFaultPlan
{
    public static ShopeeFaultPlan None { get; } = new();

    public IReadOnlyDictionary<int, ShopeeSandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, ShopeeSandboxRecordFault>();

    /// <summary>Items (by index) written with a defect.</summary>
    public IReadOnlyDictionary<int, ShopeeSandboxItemFault> ItemRecords { get; init; } = new Dictionary<int, ShopeeSandboxItemFault>();
}

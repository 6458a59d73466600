using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>The kit's HTTP faults by Sell API request number, and the orders and inventory items (by index) written unmappable.</summary>
public sealed record EbayFaultPlan : SandboxFaultPlan
{
    public static EbayFaultPlan None { get; } = new();

    public IReadOnlyDictionary<int, EbaySandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, EbaySandboxRecordFault>();

    /// <summary>Inventory items (by index) written unmappable.</summary>
    public IReadOnlyDictionary<int, EbaySandboxItemFault> ItemRecords { get; init; } = new Dictionary<int, EbaySandboxItemFault>();
}

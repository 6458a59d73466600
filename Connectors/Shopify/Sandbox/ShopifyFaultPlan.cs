using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The kit's HTTP faults by request number (counting authenticated GraphQL requests), plus Shopify's record faults
/// by order index.
/// </summary>
public sealed record ShopifyFaultPlan : SandboxFaultPlan
{
    public static ShopifyFaultPlan None { get; } = new();

    /// <summary>Defects written into the orders with these indexes.</summary>
    public IReadOnlyDictionary<int, ShopifySandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, ShopifySandboxRecordFault>();
}

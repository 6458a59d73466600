using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>The kit's HTTP faults by request number, and orders and products (by index) served with a defect.</summary>
public sealed record TikTokShopFaultPlan : SandboxFaultPlan
{
    public static TikTokShopFaultPlan None { get; } = new();

    public IReadOnlyDictionary<int, TikTokShopSandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, TikTokShopSandboxRecordFault>();

    public IReadOnlyDictionary<int, TikTokShopSandboxProductFault> ProductRecords { get; init; } = new Dictionary<int, TikTokShopSandboxProductFault>();
}

using System.Globalization;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Onboarding.Pages;

/// <summary>How marketplaces, states and times read on the seller's pages.</summary>
internal static class OnboardingDisplay
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shopify"] = "Shopify",
        ["amazon"] = "Amazon",
        ["ebay"] = "eBay",
        ["shopee"] = "Shopee",
        ["tiktokshop"] = "TikTok Shop",
    };

    public static string Marketplace(string marketplace) => Names.GetValueOrDefault(marketplace, marketplace);

    public static string When(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string Tone(string state) => state switch
    {
        "Active" or "Completed" or nameof(SyncRunStatus.Succeeded) => "ok",
        "Failed" or "Expired" or "NeedsReauthorization" or nameof(SyncRunStatus.Interrupted) => "bad",
        "Pending" or nameof(SyncRunStatus.Queued) or nameof(SyncRunStatus.Running) or nameof(SyncRunStatus.Deferred) => "busy",
        _ => "",
    };

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

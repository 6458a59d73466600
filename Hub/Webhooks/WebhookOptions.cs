using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>Section "Webhooks": how big a push may be, whether stored pushes are processed, and how long they are kept.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The configuration key of the hub's public address, shared with the consent callbacks.</summary>
    public const string PublicBaseUrlKey = "Connect:PublicBaseUrl";

    /// <summary>A larger push is answered 413 before it is read whole.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Off: pushes are verified, stored and answered, but their syncs start only once a hub with it on starts.</summary>
    public bool ProcessingEnabled { get; set; } = true;

    /// <summary>How long a received push is kept; a redelivery within it is recognised.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often pushes older than <see cref="Retention"/> are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The hub's address as marketplaces call it (from <see cref="PublicBaseUrlKey"/>), behind a proxy that changes scheme,
    /// host or path prefix; null: the request's own. Marketplaces that sign the URL (Shopee) sign this one.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>Section "Webhooks": how big a push may be, whether stored pushes are processed, and how long they are kept.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

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
}

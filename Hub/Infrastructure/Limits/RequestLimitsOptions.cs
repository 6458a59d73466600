using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Infrastructure.Limits;

/// <summary>
/// Section "RequestLimits": how big a request body may be, and how many requests each caller may send per window: each
/// API key its own budget once it is recognised, anyone else one per client address. Health probes are not limited.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Any request body (the store endpoints allow less: 64 KiB); beyond it the answer is a 413.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public bool RateLimitEnabled { get; set; } = true;

    [Range(1, 10_000_000)]
    public int PermitLimit { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

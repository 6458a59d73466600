using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Scheduler.Outbox;

/// <summary>Section "Outbox": how push commands are delivered and retried.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off: commands are stored but not delivered (a hub that only takes requests).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>How often due commands are looked for, besides the prompt delivery each new command asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claim holds; a command still Sending after it was claimed by a process that died is claimed again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a command that keeps failing transiently is failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the second attempt; doubles with each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Commands claimed per round of a delivery.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait after <paramref name="attempt"/> failed transiently.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = RetryBaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, RetryMaxDelay.TotalMilliseconds));
    }
}

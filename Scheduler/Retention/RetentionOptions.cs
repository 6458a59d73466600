using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Scheduler.Retention;

/// <summary>
/// Section "Retention": how long buyers' names, addresses, phones and emails are kept after an order is done (shipped,
/// delivered or cancelled), per marketplace (<c>Retention:Marketplaces:amazon:Days</c>), and how often the job runs.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Days per marketplace name; a marketplace not listed (or with no Days) keeps the data until its store is purged. The
    /// marketplaces' own policies are configuration (the hub's appsettings.json carries them), not code here.
    /// </summary>
    public Dictionary<string, MarketplaceRetention> Marketplaces { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

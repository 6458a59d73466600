using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>Tuning for the Amazon connector, bound from "Connectors:Amazon".</summary>
public sealed class AmazonOptions : MarketplaceHttpOptions
{
    /// <summary>Orders per page (maxResultsPerPage / MaxResultsPerPage), at most 100.</summary>
    [Range(1, 100)]
    public int OrdersPageSize { get; set; } = 100;

    /// <summary>Listings per searchListingsItems page (pageSize), at most 20.</summary>
    [Range(1, 20)]
    public int ListingsPageSize { get; set; } = 20;

    /// <summary>How far back a store's first orders sync reads (lastUpdatedAfter is required).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "730.00:00:00")]
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Re-read window before the checkpoint, for orders updated while the last sync ran.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After Amazon refuses a store a Restricted Data Token, its v0 orders sync without buyer names and street addresses this long before asking again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RestrictedDataRetryAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// New client secrets of LWA apps, by client id, read at each token refresh (edit the configuration at run time;
    /// a reloaded appsettings.json takes effect without a restart). A refresh tries the secret here first and, when Login
    /// with Amazon answers invalid_client, the secret stored with the store, so the old one keeps working until the
    /// new one is in use.
    /// </summary>
    public IList<Auth.LwaClientSecret> ClientSecrets { get; } = [];

    /// <summary>Length of each order report window of a backfill, at most the Reports API's 30 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a requested report is polled (getReport) until it is DONE.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a report may stay IN_QUEUE or IN_PROGRESS before the run fails (and is retried).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReportTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Orders per page when a report document is read into the hub.</summary>
    [Range(1, 10_000)]
    public int ReportPageSize { get; set; } = 500;

    /// <summary>An access token is refreshed this long before expires_in runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(1);
}

using System.Globalization;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>How times, durations and states read on the pages (UTC, invariant culture).</summary>
public static class Display
{
    public static string When(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalSeconds: < 60 } s => s.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture),
        { TotalHours: < 1 } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalMinutes} min {s.Seconds} s"),
        var s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.Value.TotalHours} h {s.Value.Minutes} min"),
    };

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "—";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A number as it round-trips, for data attributes that scripts and tests read.</summary>
    public static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A CSS class per state, so failures and re-authorization stand out.</summary>
    public static string Tone(string state) => state switch
    {
        "Succeeded" or "Confirmed" or "Active" => "ok",
        "Failed" or "NeedsReauthorization" => "bad",
        "Running" or "Sending" or "Queued" => "busy",
        _ => "quiet",
    };
}

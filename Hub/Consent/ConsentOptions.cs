using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// Section "Connect": where marketplaces send sellers back (<see cref="PublicBaseUrl"/>; absent: the request's own
/// scheme and host), how long a started consent may wait for its callback, and the hub's own app per marketplace
/// (<c>Connect:Apps:{marketplace}</c>: the connector's values, plus ConsentUrl/ApiUrl/AuthUrl host replacements that
/// are accepted only with <c>Connectors:AllowCustomHosts=true</c>).
/// </summary>
public sealed class ConsentOptions
{
    public const string Section = "Connect";

    public Uri? PublicBaseUrl { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public Dictionary<string, Dictionary<string, string?>> Apps { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Dashboard.Auth;

/// <summary>Section "Dashboard": how long an admin's session lasts, and OpenID Connect sign-in when an authority is configured.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>An idle session ends after this long (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    [ValidateObjectMembers]
    public OpenIdConnectSignInOptions OpenIdConnect { get; set; } = new();
}

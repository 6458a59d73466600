using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>The current client secret of one LWA app (by client id), set by an admin when Amazon rotates it.</summary>
public sealed class LwaClientSecret
{
    [Required]
    public string ClientId { get; set; } = "";

    [Required]
    public string ClientSecret { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Dashboard.Auth;

/// <summary>
/// Section "Dashboard:OpenIdConnect": sign-in through an identity provider, on only when <see cref="Authority"/> is set.
/// Users the provider signs in are admins, unless <see cref="AdminRole"/> names the role (in the "roles" claim) they must have.
/// </summary>
public sealed class OpenIdConnectSignInOptions : IValidatableObject
{
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? AdminRole { get; set; }

    public string RoleClaim { get; set; } = "roles";

    public bool Enabled => Authority is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Dashboard:OpenIdConnect:ClientId is required when an Authority is set.", [nameof(ClientId)]);
        }

        if (Authority is { } authority && authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback)
        {
            yield return new ValidationResult("Dashboard:OpenIdConnect:Authority must be https.", [nameof(Authority)]);
        }
    }
}

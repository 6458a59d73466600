using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Onboarding;

/// <summary>Section "Onboarding": how long onboarding links and the seller's session last.</summary>
public sealed class OnboardingOptions : IValidatableObject
{
    public const string Section = "Onboarding";

    /// <summary>A link's lifetime when the admin names none.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan DefaultLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest lifetime an admin may give a link.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan MaxLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long the seller's session lasts after opening a link (not sliding): enough to go through a consent or two.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The shortest lifetime an admin may give a link.</summary>
    public static TimeSpan MinLinkLifetime => TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultLinkLifetime > MaxLinkLifetime)
        {
            yield return new ValidationResult("Onboarding:DefaultLinkLifetime must not exceed Onboarding:MaxLinkLifetime.", [nameof(DefaultLinkLifetime)]);
        }
    }
}

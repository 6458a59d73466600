namespace CrossBorderHub.Hub.Onboarding;

/// <summary>The seller onboarding's scheme, cookie, claims and paths.</summary>
public static class OnboardingDefaults
{
    /// <summary>The cookie scheme of the seller's session; never the default scheme, so it grants nothing outside the onboarding pages.</summary>
    public const string Scheme = "Onboarding";

    /// <summary>__Host- cookies are only accepted when Secure, host-only and on path "/".</summary>
    public const string Cookie = "__Host-cbh-onboarding";

    public const string TenantClaim = "cbh:tenant";

    public const string LinkClaim = "cbh:onboarding-link";

    /// <summary>Onboarding link tokens start with this, so one is never mistaken for an ERP key.</summary>
    public const string TokenMarker = "cbo_";

    public const string Area = "Onboarding";

    public const string HomePath = "/onboarding";

    /// <summary>Where the consent's callback sends the seller back to, with <c>?authorization={id}</c>.</summary>
    public const string DonePath = "/onboarding/done";
}

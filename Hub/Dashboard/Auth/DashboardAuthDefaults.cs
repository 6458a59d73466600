namespace CrossBorderHub.Hub.Dashboard.Auth;

/// <summary>The schemes, cookie names and paths of the dashboard's sign-in.</summary>
public static class DashboardAuthDefaults
{
    /// <summary>The default scheme: forwards to the API key scheme when the request carries X-Api-Key, to the session cookie otherwise.</summary>
    public const string PolicyScheme = "ApiKeyOrSession";

    public const string CookieScheme = "Session";

    public const string OpenIdConnectScheme = "OpenIdConnect";

    /// <summary>__Host- cookies are only accepted when Secure, host-only and on path "/".</summary>
    public const string SessionCookie = "__Host-cbh-session";

    public const string AntiforgeryCookie = "cbh-csrf";

    /// <summary>The header a script sends the antiforgery token in when it calls the API with the session cookie.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public const string SignInPath = "/signin";

    public const string SignOutPath = "/signout";

    public const string ApiPrefix = "/api";
}

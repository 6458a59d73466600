using CrossBorderHub.Hub.Dashboard.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Admins sign in with an admin key (or through the identity provider when one is configured) into a session cookie.</summary>
public sealed class SignInModel(AdminKeys keys, IOptions<DashboardOptions> options) : PageModel
{
    public bool OpenIdConnect => options.Value.OpenIdConnect.Enabled;

    public string? Refusal { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrRoot(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? key, string? returnUrl)
    {
        ReturnUrl = LocalOrRoot(returnUrl);
        if (!keys.IsAdminKey(key))
        {
            Refusal = "That is not an admin key.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(DashboardAuthDefaults.CookieScheme, AdminKeys.SessionPrincipal());
        return LocalRedirect(ReturnUrl);
    }

    public IActionResult OnGetOpenIdConnect(string? returnUrl) =>
        OpenIdConnect
            ? Challenge(new AuthenticationProperties { RedirectUri = LocalOrRoot(returnUrl) }, DashboardAuthDefaults.OpenIdConnectScheme)
            : NotFound();

    private string LocalOrRoot(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

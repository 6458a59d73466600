using CrossBorderHub.Hub.Dashboard.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Ends the admin's session (a POST with the antiforgery token, so no other site can sign them out).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(DashboardAuthDefaults.CookieScheme);
        return RedirectToPage("/SignIn");
    }
}

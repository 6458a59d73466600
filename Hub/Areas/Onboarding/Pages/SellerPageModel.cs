using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Onboarding.Pages;

/// <summary>
/// A page of the seller's onboarding: without a valid onboarding session its handler never runs and the page answers 401
/// with how to get in, so nothing of any tenant is read.
/// </summary>
internal abstract class SellerPageModel : PageModel
{
    /// <summary>The seller's session; null renders the "open your link" page.</summary>
    public OnboardingSession? Session { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Session = await OnboardingSessions.ReadAsync(HttpContext);
        if (Session is null)
        {
            context.Result = new PageResult { StatusCode = StatusCodes.Status401Unauthorized };
            return;
        }

        await next();
    }
}

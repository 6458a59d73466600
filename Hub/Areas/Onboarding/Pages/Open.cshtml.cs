using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Onboarding.Pages;

/// <summary>
/// Opening a one-time link: a valid one is used up here (one opening wins even when two race), starts the seller's
/// session and sends them on to /onboarding; any other link answers a page that says why, and nothing else happens.
/// </summary>
internal sealed class OpenModel(IOnboardingLinks links, OnboardingSessions sessions, TimeProvider time, ILogger<OpenModel> logger) : PageModel
{
    private const int MaxTokenLength = 100;

    public OnboardingLinkState State { get; private set; } = OnboardingLinkState.Unknown;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var claim = token.Length <= MaxTokenLength && token.StartsWith(OnboardingDefaults.TokenMarker, StringComparison.Ordinal)
            ? await links.ClaimAsync(ApiKeySecrets.Hash(token), time.GetUtcNow(), cancellationToken)
            : new OnboardingLinkClaim(OnboardingLinkState.Unknown, null);
        State = claim.State;
        if (claim is { State: OnboardingLinkState.Claimed, Link: { } link })
        {
            await sessions.StartAsync(HttpContext, link);
            OnboardingLog.Opened(logger, link.Id, link.TenantId);
            return LocalRedirect(OnboardingDefaults.HomePath);
        }

        OnboardingLog.Refused(logger, claim.Link?.Id, State.ToString());
        Response.Headers.CacheControl = "no-store";
        return new PageResult { StatusCode = State == OnboardingLinkState.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone };
    }
}

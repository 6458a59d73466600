using System.Net;

namespace CrossBorderHub.Connectors.SandboxKit.Consent;

/// <summary>
/// What a seller's browser does on a simulated consent page, for tests without a browser: open the page, press
/// approve or decline, and read where the marketplace sends the browser back to (the app's callback with its query).
/// </summary>
public static class SandboxConsentBrowser
{
    /// <summary>The callback URL the sandbox redirects to after the seller's decision.</summary>
    /// <exception cref="InvalidOperationException">The page or the answer was not what a consent page gives.</exception>
    public static async Task<Uri> DecideAsync(Uri consentUrl, bool approve, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler);
        using (var page = await client.GetAsync(consentUrl, cancellationToken))
        {
            if (page.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The consent page answered {(int)page.StatusCode}: {await page.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        using var form = new FormUrlEncodedContent([new(SandboxConsentPage.DecisionField, approve ? SandboxConsentPage.Approve : SandboxConsentPage.Decline)]);
        using var answer = await client.PostAsync(consentUrl, form, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Found || answer.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"The consent decision answered {(int)answer.StatusCode}, not a redirect: {await answer.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return location;
    }
}

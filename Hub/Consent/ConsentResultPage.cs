using System.Net;

namespace CrossBorderHub.Hub.Consent;

/// <summary>The small page a seller sees after the marketplace sent them back, when the start named no return path.</summary>
internal static class ConsentResultPage
{
    public static string Render(string marketplace, ConsentOutcome outcome)
    {
        var (title, text) = outcome.Succeeded
            ? (outcome.Reauthorized ? "Store re-authorized" : "Store connected",
               outcome.Reauthorized
                   ? $"Your {marketplace} store {outcome.StoreId} has new credentials; its syncs continue where they stopped. You can close this window."
                   : $"Your {marketplace} store {outcome.StoreId} is connected and its first orders sync has started. You can close this window.")
            : ("The store was not connected", outcome.Failure ?? "The store was not connected.");
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body><main>
            <h1 id="result" data-succeeded="{(outcome.Succeeded ? "true" : "false")}">{WebUtility.HtmlEncode(title)}</h1>
            <p id="detail">{WebUtility.HtmlEncode(text)}</p>
            </main></body></html>
            """;
    }
}

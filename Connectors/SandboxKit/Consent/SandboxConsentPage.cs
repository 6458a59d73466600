using System.Net;
using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.SandboxKit.Consent;

/// <summary>
/// The consent page a simulated marketplace shows a seller: GET renders a form asking to authorize the app (buttons
/// <c>#approve</c> and <c>#decline</c>) that posts back to the same URL, query kept; the POST carries
/// <c>decision=approve|decline</c>, and the sandbox then sends the browser back to the app with <see cref="Redirect"/>.
/// </summary>
public static class SandboxConsentPage
{
    public const string DecisionField = "decision";
    public const string Approve = "approve";
    public const string Decline = "decline";

    /// <summary>True for the page itself (GET), false for the seller's answer (POST).</summary>
    public static bool IsPageRequest(IRequestMessage request) => string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase);

    /// <summary>The HTML page naming the marketplace and the app the seller is asked to authorize.</summary>
    public static ResponseMessage Page(string marketplaceName, string appName, string? shopName = null)
    {
        var who = shopName is null ? "" : $" for <strong>{WebUtility.HtmlEncode(shopName)}</strong>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(marketplaceName)} - authorize {WebUtility.HtmlEncode(appName)}</title></head>
            <body><main>
            <h1>{WebUtility.HtmlEncode(marketplaceName)} (simulated)</h1>
            <p>Authorize <strong>{WebUtility.HtmlEncode(appName)}</strong> to read orders, listings and inventory and to update shipments and stock{who}.</p>
            <form method="post">
            <button id="approve" type="submit" name="{DecisionField}" value="{Approve}">Authorize</button>
            <button id="decline" type="submit" name="{DecisionField}" value="{Decline}">Decline</button>
            </form>
            </main></body></html>
            """;
        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsString = html, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "text/html; charset=utf-8");
        return message;
    }

    /// <summary>True when the posted form says approve; false for decline or anything else.</summary>
    public static bool Approved(IRequestMessage request)
    {
        var body = request.Body ?? "";
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && WebUtility.UrlDecode(parts[0]) == DecisionField)
            {
                return WebUtility.UrlDecode(parts[1]) == Approve;
            }
        }

        return false;
    }

    /// <summary>302 to <paramref name="target"/> with <paramref name="query"/> appended to whatever query it already has.</summary>
    public static ResponseMessage Redirect(Uri target, IEnumerable<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder(target.AbsoluteUri);
        var separator = string.IsNullOrEmpty(target.Query) ? '?' : '&';
        foreach (var (name, value) in query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        var message = new ResponseMessage { StatusCode = 302 };
        message.AddHeader("Location", builder.ToString());
        return message;
    }

    /// <summary>400 with a plain-text reason, for a consent request the marketplace itself would refuse (unknown app, bad redirect).</summary>
    public static ResponseMessage Refused(string reason)
    {
        var message = new ResponseMessage
        {
            StatusCode = 400,
            BodyData = new BodyData { BodyAsString = reason, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "text/plain; charset=utf-8");
        return message;
    }
}

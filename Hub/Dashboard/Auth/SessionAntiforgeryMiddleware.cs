using Microsoft.AspNetCore.Antiforgery;

namespace CrossBorderHub.Hub.Dashboard.Auth;

/// <summary>
/// An API call that changes something and is authenticated by the session cookie rather than a key must carry the
/// antiforgery token (header <see cref="DashboardAuthDefaults.AntiforgeryHeader"/>): a browser sends the cookie on its own.
/// </summary>
internal sealed class SessionAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;

        // Without the key header the default policy scheme authenticated the request by its session cookie.
        var bySession = context.User.Identity?.IsAuthenticated == true && !request.Headers.ContainsKey(Hub.Auth.ApiKeyDefaults.HeaderName);
        var changes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));
        if (bySession && changes && request.Path.StartsWithSegments(DashboardAuthDefaults.ApiPrefix, StringComparison.OrdinalIgnoreCase)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }
}

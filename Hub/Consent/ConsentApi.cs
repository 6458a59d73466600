using System.Text;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// Connecting a store through the marketplace's consent page: start (admin), follow, which marketplaces can be connected,
/// and the anonymous callback the marketplace sends the seller's browser to (its signed state authenticates it).
/// </summary>
internal static class ConsentApi
{
    public const string CallbackPattern = "/connect/{marketplace}/callback";

    /// <summary>A consent start is a marketplace name and a few input values.</summary>
    private const long RequestBodyBytes = 16 * 1024;

    public static RouteGroupBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tenants/{id:guid}/authorizations").WithTags("Consent").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapPost("/", StartAuthorization)
            .WithMetadata(new RequestSizeLimitAttribute(RequestBodyBytes))
            .WithName("StartAuthorization")
            .WithSummary("Start connecting a store through consent")
            .WithDescription("Answers the marketplace's consent page (`consentUrl`) to send the seller to; after they approve, the marketplace sends them to the hub's `/connect/{marketplace}/callback`, which creates the tenant's store (or, for the same marketplace account or the named `storeId`, gives it new credentials and resumes its syncs) and starts its first orders sync. `input` holds what the marketplace asks first (see GET /api/v1/consent/marketplaces). The link works once, until `expiresAt` (Connect:StateLifetime). `returnPath` is a local path the browser goes back to with `?authorization={id}`; without it the hub shows a small result page.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{authorizationId:guid}", GetAuthorization)
            .WithName("GetAuthorization")
            .WithSummary("Follow a consent")
            .WithDescription("Pending (waiting for the seller), Completed (with the store connected or re-authorized), Failed (with a reason safe to show the seller) or Expired. Another tenant's authorization is a 404.");

        app.MapGet("/api/v1/consent/marketplaces", ListMarketplaces)
            .WithTags("Consent")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithName("ListConsentMarketplaces")
            .WithSummary("List the marketplaces a seller can connect through consent")
            .WithDescription("The marketplaces whose app this hub has (Connect:Apps) and whose connector finds it complete, each with the values a seller gives before the consent page (`inputFields`: name, label, required, example, choices).");

        // A browser lands here, not an API client: the answer is a redirect or an HTML page, so it stays out of the API document.
        app.MapGet(CallbackPattern, CallbackAsync).AllowAnonymous().ExcludeFromDescription();
        return group;
    }

    public static async Task<Results<Created<AuthorizationStarted>, ValidationProblem, NotFound>> StartAuthorization(
        Guid id,
        StartAuthorizationRequest request,
        HttpRequest http,
        IConsentFlow flow,
        ITenantDirectory tenants,
        CancellationToken cancellationToken)
    {
        if (await tenants.FindTenantAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var input = request.Input ?? default;
        var started = await flow.StartAsync(new ConsentStartRequest(id, request.Marketplace ?? "", input, request.StoreId, request.ReturnPath), BaseUrlOf(http), cancellationToken);
        if (!started.Started)
        {
            return Problems.Fields(started.Errors);
        }

        var marketplace = flow.Marketplaces.First(m => m.Marketplace.Equals(request.Marketplace!.Trim(), StringComparison.OrdinalIgnoreCase)).Marketplace;
        return TypedResults.Created(
            $"/api/v1/tenants/{id}/authorizations/{started.AuthorizationId}",
            new AuthorizationStarted(started.AuthorizationId!.Value, marketplace, started.ConsentUrl!, started.ExpiresAt!.Value));
    }

    public static async Task<Results<Ok<ConsentAuthorizationView>, NotFound>> GetAuthorization(Guid id, Guid authorizationId, IConsentFlow flow, CancellationToken cancellationToken) =>
        await flow.FindAsync(id, authorizationId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    public static Ok<IReadOnlyList<ConsentMarketplace>> ListMarketplaces(IConsentFlow flow) => TypedResults.Ok(flow.Marketplaces);

    private static async Task<IResult> CallbackAsync(string marketplace, HttpContext context, IConsentFlow flow, IHostApplicationLifetime lifetime)
    {
        // The marketplace's code works once: a seller closing the tab must not abandon the exchange halfway; only a stopping hub does.
        var cancellationToken = lifetime.ApplicationStopping;
        // The query carries a one-time code: keep it out of caches and out of the Referer of whatever the seller opens next.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var query = context.Request.Query;
        ConsentOutcome outcome;
        if (query.Any(q => q.Value.Count != 1))
        {
            // A repeated parameter could make the hub and the marketplace's signature read different values.
            outcome = new ConsentOutcome(null, null, null, false, null, "The marketplace's answer is malformed.");
        }
        else
        {
            var values = query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            outcome = await flow.CompleteAsync(marketplace, values, BaseUrlOf(context.Request), cancellationToken);
        }

        if (outcome.ReturnPath is { } returnPath && outcome.AuthorizationId is { } authorizationId)
        {
            var separator = returnPath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return TypedResults.Redirect($"{returnPath}{separator}authorization={authorizationId}");
        }

        var status = outcome.Succeeded ? StatusCodes.Status200OK : outcome.MarketplaceFailed ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest;
        return TypedResults.Content(ConsentResultPage.Render(marketplace, outcome), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static Uri BaseUrlOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute);
}

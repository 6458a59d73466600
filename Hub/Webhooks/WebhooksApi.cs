using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// <c>POST /webhooks/{marketplace}</c>: a marketplace's pushes, and <c>GET</c> for its subscription checks. No API key: a
/// push is accepted (200) only when a connected store of the account it names verifies its signature; it is stored and
/// answered at once, and the syncs it calls for start afterwards. Anything unverified is a 401 and starts nothing.
/// </summary>
public static class WebhooksApi
{
    public const string Pattern = "/webhooks/{marketplace}";

    public static RouteGroupBuilder MapHubWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.MapPost(Pattern, ReceiveAsync);
        group.MapGet(Pattern, ReceiveAsync);
        return group;
    }

    private static async Task<Results<Ok, ContentHttpResult, NotFound, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> ReceiveAsync(
        string marketplace, HttpRequest request, WebhookReceiver receiver, CancellationToken cancellationToken)
    {
        var reception = await receiver.ReceiveAsync(marketplace, request, cancellationToken);
        return reception.Kind switch
        {
            WebhookReceptionKind.Accepted or WebhookReceptionKind.Duplicate => TypedResults.Ok(),
            WebhookReceptionKind.Challenge => TypedResults.Content(reception.Answer!.Body, reception.Answer.ContentType),
            WebhookReceptionKind.UnknownMarketplace => TypedResults.NotFound(),
            WebhookReceptionKind.TooLarge => TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge),
            WebhookReceptionKind.NotAChallenge => TypedResults.BadRequest(),
            _ => TypedResults.Unauthorized(),
        };
    }
}

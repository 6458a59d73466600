using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// A push from its raw request to a stored row: the marketplace's connector reads what it claims, the candidate stores
/// (same account, not removed) each try to verify it with their secrets and the hub's app, and a verified push is
/// recorded once per store and handed to the processor. Nothing is stored or started for a push nobody verifies.
/// </summary>
internal sealed class WebhookReceiver(
    IEnumerable<IMarketplaceWebhooks> marketplaces,
    IConnectorRegistry connectors,
    IStoreAccountRepository stores,
    IStoreAccountSource accounts,
    ConsentApps apps,
    PublicBaseUrl publicBase,
    IWebhookDeliveries deliveries,
    WebhookQueue queue,
    WebhookMetrics metrics,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger)
{
    private readonly Dictionary<string, IMarketplaceWebhooks> _byMarketplace =
        marketplaces.ToDictionary(m => m.Marketplace, StringComparer.OrdinalIgnoreCase);

    public async Task<WebhookReception> ReceiveAsync(string marketplace, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!_byMarketplace.TryGetValue(marketplace, out var webhooks) || connectors.Find(webhooks.Marketplace) is not { } connector)
        {
            return new WebhookReception(WebhookReceptionKind.UnknownMarketplace);
        }

        var name = webhooks.Marketplace;
        var settings = options.Value;
        var body = await WebhookBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            metrics.Refused(name, "too_large");
            WebhookLog.TooLarge(logger, name, settings.MaxBodyBytes);
            return new WebhookReception(WebhookReceptionKind.TooLarge);
        }

        var delivery = new WebhookDelivery(UrlOf(request), request.Method, HeadersOf(request), body);
        var app = apps.Find(name);
        if (webhooks.AnswerChallenge(delivery, app) is { } answer)
        {
            return new WebhookReception(WebhookReceptionKind.Challenge, answer);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return new WebhookReception(WebhookReceptionKind.NotAChallenge);
        }

        var notice = webhooks.Read(delivery);
        var (verified, candidates) = notice is null ? ([], 0) : await VerifiedStoresAsync(webhooks, connector, notice, delivery, app, cancellationToken);
        if (verified.Count == 0)
        {
            metrics.Refused(name, "unverified");
            WebhookLog.Unverified(logger, name, Shorten(notice?.AccountKey), candidates);
            return new WebhookReception(WebhookReceptionKind.Refused);
        }

        var recorded = await deliveries.RecordAsync(
            new NewWebhookDelivery(name, notice!.DeliveryId, verified, notice.Topic, notice.Pulls, time.GetUtcNow()), cancellationToken);
        if (recorded.Count == 0)
        {
            metrics.Duplicate(name);
            WebhookLog.Duplicate(logger, name, Shorten(notice.DeliveryId));
            return new WebhookReception(WebhookReceptionKind.Duplicate);
        }

        metrics.Received(name);
        if (settings.ProcessingEnabled)
        {
            queue.Enqueue(recorded);
        }

        return new WebhookReception(WebhookReceptionKind.Accepted);
    }

    /// <summary>The stores of the notice's account whose secrets (or the hub's app) verify the push.</summary>
    private async Task<(List<Guid> Verified, int Candidates)> VerifiedStoresAsync(
        IMarketplaceWebhooks webhooks, IMarketplaceConnector connector, WebhookNotice notice, WebhookDelivery delivery, ConsentApp? app, CancellationToken cancellationToken)
    {
        var candidates = await stores.OfAccountAsync(connector, notice.AccountKey, cancellationToken);
        var verified = new List<Guid>();
        foreach (var candidate in candidates)
        {
            StoreAccount? account;
            try
            {
                account = await accounts.FindAsync(candidate.Id, cancellationToken);
            }
            catch (MarketplaceException e)
            {
                // Credentials that cannot be decrypted, or a host this hub does not allow: this store verifies nothing.
                WebhookLog.StoreUnreadable(logger, e, webhooks.Marketplace, candidate.Id);
                continue;
            }

            if (account is not null && webhooks.Verify(delivery, account, app))
            {
                verified.Add(candidate.Id);
            }
        }

        return (verified, candidates.Count);
    }

    /// <summary>The URL as the marketplace called it: the configured public address in front of the path and query, else the request's own.</summary>
    /// <summary>The URL as the marketplace called it (behind a proxy: under Connect:PublicBaseUrl); some marketplaces sign it.</summary>
    private Uri UrlOf(HttpRequest request) =>
        new(publicBase.For(request).AbsoluteUri.TrimEnd('/') + request.Path.ToUriComponent() + request.QueryString.ToUriComponent());

    private static Dictionary<string, string> HeadersOf(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in request.Headers)
        {
            if (values.Count > 0 && values[0] is { } first)
            {
                headers[key] = first;
            }
        }

        return headers;
    }

    /// <summary>Claimed ids go to the log only after a cut: they are the sender's text.</summary>
    private static string? Shorten(string? text) => text is { Length: > 64 } ? text[..64] : text;
}

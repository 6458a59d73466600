namespace CrossBorderHub.Connectors;

/// <summary>
/// A marketplace's push notifications, for the hub's webhook endpoint (<c>/webhooks/{marketplace}</c>): what a push
/// claims (read without trusting it), whether a store's or the app's secret signed it, and which syncs it calls for.
/// The hub stores a verified push, answers 2xx at once, de-duplicates by <see cref="WebhookNotice.DeliveryId"/>, and
/// starts the syncs afterwards; scheduled polling stays on, so a lost push only costs latency.
/// </summary>
public interface IMarketplaceWebhooks
{
    /// <summary>The marketplace key, as <see cref="IMarketplaceConnector.Marketplace"/>.</summary>
    string Marketplace { get; }

    /// <summary>What the push says it is about, or null when it is not a push of this marketplace (malformed, unknown shape).</summary>
    WebhookNotice? Read(WebhookDelivery delivery);

    /// <summary>
    /// True when <paramref name="delivery"/> is signed with the secret of <paramref name="store"/> or of the hub's
    /// <paramref name="app"/> (whichever the marketplace signs with), compared in constant time.
    /// </summary>
    bool Verify(WebhookDelivery delivery, StoreAccount store, ConsentApp? app);

    /// <summary>
    /// The answer to a subscription check that is not a push (e.g. a GET with a challenge code), or null when
    /// <paramref name="delivery"/> is not one; the hub returns it as is with 200.
    /// </summary>
    WebhookChallengeAnswer? AnswerChallenge(WebhookDelivery delivery, ConsentApp? app) => null;
}

using System.Text.Json;

namespace CrossBorderHub.Connectors;

/// <summary>
/// A marketplace's "connect your store" flow (OAuth-style consent), for the hub to drive: which app settings it needs,
/// what the seller types before leaving (a shop domain, a region), the marketplace's consent page for a signed
/// <c>state</c>, and what the marketplace sends back: verified, the one-time code exchanged, and turned into the store
/// account to create (or to re-authorize). The hub owns the state, its expiry and single use; the connector owns
/// everything marketplace-specific, including the callback's own signature (e.g. Shopify's <c>hmac</c>).
/// </summary>
public interface IMarketplaceConsent
{
    /// <summary>The marketplace key, as <see cref="IMarketplaceConnector.Marketplace"/>.</summary>
    string Marketplace { get; }

    /// <summary>What the seller fills in before the consent page (may be empty), for the onboarding page and API docs.</summary>
    IReadOnlyList<ConsentInputField> InputFields { get; }

    /// <summary>
    /// Checks the app's configuration (client id and secret and the like); an empty list means consent can run.
    /// Errors name the value as configured, e.g. "clientSecret".
    /// </summary>
    IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app);

    /// <summary>Checks what the seller filled in (a JSON object); errors name the field as "input.shopDomain".</summary>
    IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input);

    /// <summary>
    /// The marketplace page the seller's browser goes to, carrying <paramref name="state"/> so that the callback can be
    /// matched; the marketplace later sends the browser to <paramref name="callback"/> (or to the URL the app registered,
    /// which must be the same). <paramref name="app"/> and <paramref name="input"/> are valid.
    /// </summary>
    Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state);

    /// <summary>
    /// Verifies the marketplace's callback (its query as received, the hub's state already checked), exchanges the
    /// one-time code for tokens and returns the store account the seller authorized.
    /// </summary>
    /// <exception cref="ConsentRefusedException">The callback is not trustworthy, the seller declined, or a value is missing.</exception>
    /// <exception cref="MarketplaceException">The code exchange failed (refused code or app, or the marketplace unreachable).</exception>
    Task<ConsentGrant> CompleteAsync(ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken);
}

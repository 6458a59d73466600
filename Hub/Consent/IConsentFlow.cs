namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// The hub's side of connecting a store through the marketplace's consent page: start (a pending authorization with a
/// signed, expiring, single-use state and the marketplace URL to send the seller to), complete (the callback verified,
/// the code exchanged, the store created or re-authorized and its syncs on the schedule), and look one up.
/// The API (<c>/api/v1/tenants/{id}/authorizations</c>), the callback endpoint (<c>/connect/{marketplace}/callback</c>)
/// and the seller onboarding pages all go through it.
/// </summary>
internal interface IConsentFlow
{
    /// <summary>The marketplaces whose app is configured for consent, with what the seller fills in first.</summary>
    IReadOnlyList<ConsentMarketplace> Marketplaces { get; }

    /// <summary>Starts a consent; errors (field, message) when the request cannot start one.</summary>
    Task<ConsentStartResult> StartAsync(ConsentStartRequest request, Uri hubBaseUrl, CancellationToken cancellationToken);

    /// <summary>Handles the marketplace's callback (its whole query, state included); never throws for a bad callback.</summary>
    Task<ConsentOutcome> CompleteAsync(string marketplace, IReadOnlyDictionary<string, string> query, Uri hubBaseUrl, CancellationToken cancellationToken);

    /// <summary>One authorization of a tenant, or null (also when it belongs to another tenant).</summary>
    Task<ConsentAuthorizationView?> FindAsync(Guid tenantId, Guid authorizationId, CancellationToken cancellationToken);
}

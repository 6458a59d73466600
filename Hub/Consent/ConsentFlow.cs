using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// The hub's consent flow. The state is the authorization's id protected with Data Protection (so it cannot be forged or
/// altered); its expiry and single use live on the stored row, checked with the consent clock, so a replayed or late
/// callback changes nothing. A grant creates the tenant's store, or re-authorizes the store the start named or the one
/// of the same marketplace account.
/// </summary>
internal sealed partial class ConsentFlow(
    ConsentApps apps,
    IEnumerable<IMarketplaceConsent> consents,
    IConnectorRegistry connectors,
    IConsentAuthorizations authorizations,
    IStoreAccountRepository stores,
    ITenantDirectory tenants,
    StoreConnections connections,
    Scheduler.ISyncScheduler scheduler,
    IDataProtectionProvider protection,
    IOptions<ConsentOptions> options,
    IOptions<ConnectorHostOptions> hosts,
    [FromKeyedServices(ConsentFlow.ClockKey)] TimeProvider clock,
    ILogger<ConsentFlow> logger) : IConsentFlow
{
    /// <summary>The keyed <see cref="TimeProvider"/> for state expiry (the hub's clock unless replaced), so tests can age a consent alone.</summary>
    public const string ClockKey = "CrossBorderHub.Consent.Clock";

    public const string StatePurpose = "CrossBorderHub.Consent.State.v1";
    public const string StateParameter = "state";

    /// <summary>What a seller types before consent is a few short values.</summary>
    public const int MaxInputBytes = 4 * 1024;

    private const string InvalidState = "This consent link is not valid. Start connecting the store again.";
    private const string ExpiredState = "This consent link has expired. Start connecting the store again.";
    private const string Interrupted = "The hub could not finish connecting the store. Start connecting it again.";
    private const string UsedState = "This consent link was already used. Start connecting the store again if the store is not connected.";

    private readonly IDataProtector _state = protection.CreateProtector(StatePurpose);
    private readonly Dictionary<string, IMarketplaceConsent> _consents = consents.ToDictionary(c => c.Marketplace, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ConsentMarketplace> Marketplaces =>
        [.. _consents.Keys.Order(StringComparer.Ordinal).Select(Ready).OfType<Participant>().Select(p => new ConsentMarketplace(p.Consent.Marketplace, p.Consent.InputFields))];

    public async Task<ConsentStartResult> StartAsync(ConsentStartRequest request, Uri hubBaseUrl, CancellationToken cancellationToken)
    {
        var errors = new List<(string Field, string Message)>();
        var participant = ReadMarketplace(request.Marketplace, errors);
        var input = request.Input.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? StoreAccountJson.EmptyObject : request.Input;
        if (input.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("input", "Must be a JSON object."));
        }
        else if (Encoding.UTF8.GetByteCount(input.GetRawText()) > MaxInputBytes)
        {
            errors.Add(("input", $"At most {MaxInputBytes} bytes."));
        }
        else if (participant is not null)
        {
            errors.AddRange(participant.Consent.ValidateInput(input).Select(e => (e.Field, e.Message)));
        }

        if (CheckReturnPath(request.ReturnPath) is { } returnPathProblem)
        {
            errors.Add(("returnPath", returnPathProblem));
        }

        if (await tenants.FindTenantAsync(request.TenantId, cancellationToken) is null)
        {
            errors.Add(("tenantId", $"No tenant {request.TenantId}."));
        }
        else if (request.StoreId is { } storeId && participant is not null && await CheckStoreAsync(request.TenantId, storeId, participant, cancellationToken) is { } storeProblem)
        {
            errors.Add(("storeId", storeProblem));
        }

        if (errors.Count > 0)
        {
            return new ConsentStartResult(null, null, null, errors);
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var expiresAt = now + options.Value.StateLifetime;
        var callback = CallbackUrl(hubBaseUrl, participant!.Consent.Marketplace);
        var consentUrl = participant.Consent.ConsentUrl(participant.App, input, callback, _state.Protect(id.ToString("N")));
        await authorizations.AddAsync(
            new NewConsentAuthorization(id, request.TenantId, participant.Consent.Marketplace, input, request.StoreId, request.ReturnPath, callback, now, expiresAt),
            cancellationToken);
        ConsentLog.Started(logger, id, request.TenantId, participant.Consent.Marketplace);
        return new ConsentStartResult(id, consentUrl, expiresAt, []);
    }

    public async Task<ConsentOutcome> CompleteAsync(string marketplace, IReadOnlyDictionary<string, string> query, Uri hubBaseUrl, CancellationToken cancellationToken)
    {
        var id = ReadState(query);
        var authorization = id is null ? null : await authorizations.FindAsync(id.Value, cancellationToken);
        if (authorization is null || !authorization.Marketplace.Equals(marketplace, StringComparison.OrdinalIgnoreCase))
        {
            // The route value is the caller's text: only a known marketplace's name goes into the log.
            var named = _consents.TryGetValue(marketplace, out var known) ? known.Marketplace : "(unknown)";
            ConsentLog.CallbackRefused(logger, named, id is null ? "the state does not verify" : "the state names no consent of this marketplace");
            return new ConsentOutcome(null, null, null, false, null, InvalidState);
        }

        var now = clock.GetUtcNow();
        if (!await authorizations.ClaimAsync(authorization.Id, now, cancellationToken))
        {
            var expired = await authorizations.ExpireAsync(authorization.Id, now, cancellationToken) || authorization.Status == ConsentAuthorizationStatus.Expired;
            ConsentLog.CallbackRefused(logger, marketplace, expired ? $"consent {authorization.Id} expired" : $"consent {authorization.Id} was already used");
            return new ConsentOutcome(authorization.Id, authorization.TenantId, null, false, null, expired ? ExpiredState : UsedState);
        }

        try
        {
            return await ConnectAsync(authorization, query, cancellationToken);
        }
        catch (Exception)
        {
            // Never leave a claimed consent pending: it can never be claimed again. A no-op when it already ended.
            await authorizations.FailAsync(authorization.Id, Interrupted, clock.GetUtcNow(), CancellationToken.None);
            ConsentLog.Failed(logger, authorization.Id, authorization.Marketplace, Interrupted);
            throw;
        }
    }

    public async Task<ConsentAuthorizationView?> FindAsync(Guid tenantId, Guid authorizationId, CancellationToken cancellationToken)
    {
        var found = await authorizations.FindAsync(authorizationId, cancellationToken);
        if (found is null || found.TenantId != tenantId)
        {
            return null;
        }

        // A consent nobody came back for is Expired as soon as its time is up, whether or not a late callback marked it.
        var status = found.Status == ConsentAuthorizationStatus.Pending && !found.Claimed && found.ExpiresAt <= clock.GetUtcNow()
            ? ConsentAuthorizationStatus.Expired
            : found.Status;
        return new ConsentAuthorizationView(found.Id, found.TenantId, found.Marketplace, status.ToString(), found.CreatedAt, found.ExpiresAt, found.StoreId, found.Failure);
    }

    /// <summary>{PublicBaseUrl or the request's own base}/connect/{marketplace}/callback, keeping a base path.</summary>
    internal Uri CallbackUrl(Uri hubBaseUrl, string marketplace)
    {
        var root = (options.Value.PublicBaseUrl ?? hubBaseUrl).GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri($"{root}/connect/{marketplace}/callback", UriKind.Absolute);
    }

    private Guid? ReadState(IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue(StateParameter, out var state) || string.IsNullOrEmpty(state) || state.Length > 1024)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_state.Unprotect(state), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Participant? ReadMarketplace(string? marketplace, List<(string Field, string Message)> errors)
    {
        var participant = string.IsNullOrWhiteSpace(marketplace) ? null : Ready(marketplace.Trim());
        if (participant is not null)
        {
            return participant;
        }

        var offered = Marketplaces.Select(m => m.Marketplace).ToList();
        var which = offered.Count == 0
            ? "No marketplace is configured for consent on this hub (Connect:Apps)."
            : $"One of the marketplaces configured for consent: {string.Join(", ", offered)}.";
        if (!string.IsNullOrWhiteSpace(marketplace) && apps.Find(marketplace.Trim()) is { } app && _consents.TryGetValue(marketplace.Trim(), out var consent))
        {
            // The app section exists but is incomplete: name the values (never their contents) for the operator.
            var fields = string.Join(", ", consent.ValidateApp(app).Select(e => e.Field));
            ConsentLog.AppInvalid(logger, consent.Marketplace, fields);
            which = $"The {consent.Marketplace} app in Connect:Apps is incomplete ({fields}). {which}";
        }

        errors.Add(("marketplace", string.IsNullOrWhiteSpace(marketplace) ? $"Required. {which}" : which));
        return null;
    }

    private Participant? Ready(string marketplace) =>
        _consents.TryGetValue(marketplace, out var consent)
        && apps.Find(consent.Marketplace) is { } app
        && connectors.Find(consent.Marketplace) is { } connector
        && consent.ValidateApp(app).Count == 0
            ? new Participant(consent, app, connector)
            : null;

    private async Task<string?> CheckStoreAsync(Guid tenantId, Guid storeId, Participant participant, CancellationToken cancellationToken)
    {
        var store = await stores.FindAsync(storeId, cancellationToken);
        if (store is null || store.SellerId != tenantId)
        {
            return $"The tenant has no store {storeId}.";
        }

        if (!store.Marketplace.Equals(participant.Consent.Marketplace, StringComparison.OrdinalIgnoreCase))
        {
            return $"Store {storeId} is a {store.Marketplace} store, not {participant.Consent.Marketplace}.";
        }

        return store.Status == StoreStatus.Removed ? $"Store {storeId} was removed; connect the account as a new store." : null;
    }

    private static string? CheckReturnPath(string? path)
    {
        const string expected = "A local path starting with a single \"/\"";
        if (path is null)
        {
            return null;
        }

        if (path.Length > ConsentAuthorizations.MaxReturnPathLength)
        {
            return $"{expected}, at most {ConsentAuthorizations.MaxReturnPathLength} characters.";
        }

        // "//host" and "/\host" are other sites to a browser; a fragment would swallow the authorization id.
        var local = path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains('#', StringComparison.Ordinal)
            && !path.Any(char.IsControl) && !path.Any(char.IsWhiteSpace)
            && Uri.TryCreate(path, UriKind.Relative, out _);
        return local ? null : $"{expected}, e.g. /onboarding/done.";
    }

    private sealed record Participant(IMarketplaceConsent Consent, ConsentApp App, IMarketplaceConnector Connector);
}

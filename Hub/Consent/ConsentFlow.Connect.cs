using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Consent;

/// <summary>A claimed consent: the marketplace's grant turned into a new or re-authorized store.</summary>
internal sealed partial class ConsentFlow
{
    /// <summary>Room left in a store name for a " (n)" suffix.</summary>
    private const int MaxSuggestedNameLength = StoresValidation.MaxNameLength - 8;

    private async Task<ConsentOutcome> ConnectAsync(ConsentAuthorization authorization, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        var participant = Ready(authorization.Marketplace);
        if (participant is null)
        {
            return await FailAsync(authorization, $"The {authorization.Marketplace} app is no longer configured for consent on this hub.", marketplaceFailed: false, cancellationToken);
        }

        ConsentGrant grant;
        try
        {
            grant = await participant.Consent.CompleteAsync(participant.App, authorization.Input, authorization.CallbackUrl, query, cancellationToken);
        }
        catch (ConsentRefusedException refused)
        {
            return await FailAsync(authorization, refused.Message, marketplaceFailed: false, cancellationToken);
        }
        catch (MarketplaceException failed)
        {
            var code = failed.Code is null ? "" : $" ({failed.Code})";
            return await FailAsync(authorization, $"{participant.Consent.Marketplace} did not complete the authorization{code}: {failed.Message}", marketplaceFailed: true, cancellationToken);
        }
        catch (HttpRequestException)
        {
            // A connector should say MarketplaceException; an unreachable host is still the marketplace's failure, not a 500.
            return await FailAsync(authorization, $"{participant.Consent.Marketplace} could not be reached to complete the authorization. Try again later.", marketplaceFailed: true, cancellationToken);
        }

        if (CheckGrant(participant.Connector, grant) is { } unusable)
        {
            return await FailAsync(authorization, unusable, marketplaceFailed: true, cancellationToken);
        }

        var target = authorization.ReauthorizeStoreId is { } named
            ? await stores.FindAsync(named, cancellationToken)
            : await MatchAsync(authorization.TenantId, participant.Connector, grant.AccountKey, cancellationToken);
        if (authorization.ReauthorizeStoreId is not null && CheckNamedStore(authorization, participant.Connector, target, grant) is { } mismatch)
        {
            return await FailAsync(authorization, mismatch, marketplaceFailed: false, cancellationToken);
        }

        var store = target is null
            ? await CreateAsync(authorization.TenantId, participant.Connector, grant, cancellationToken)
            : await connections.UpdateAsync(target, Reauthorization(grant), cancellationToken);
        if (store is null)
        {
            return await FailAsync(authorization, "The store to re-authorize was removed meanwhile.", marketplaceFailed: false, cancellationToken);
        }

        await authorizations.CompleteAsync(authorization.Id, store.Id, clock.GetUtcNow(), cancellationToken);
        ConsentLog.Completed(logger, authorization.Id, authorization.Marketplace, store.Id, target is not null);
        return new ConsentOutcome(authorization.Id, authorization.TenantId, store.Id, target is not null, authorization.ReturnPath, null);
    }

    private async Task<ConsentOutcome> FailAsync(ConsentAuthorization authorization, string reason, bool marketplaceFailed, CancellationToken cancellationToken)
    {
        var bounded = MarketplaceException.Bound(reason, ConsentAuthorizations.MaxFailureLength);
        await authorizations.FailAsync(authorization.Id, bounded, clock.GetUtcNow(), cancellationToken);
        ConsentLog.Failed(logger, authorization.Id, authorization.Marketplace, bounded);
        return new ConsentOutcome(authorization.Id, authorization.TenantId, null, false, authorization.ReturnPath, bounded) { MarketplaceFailed = marketplaceFailed };
    }

    /// <summary>A grant the hub can store: credentials and settings of the marketplace's shape, naming the account it says.</summary>
    private string? CheckGrant(IMarketplaceConnector connector, ConsentGrant grant)
    {
        var errors = connector.Account.Validate(grant.Settings, grant.Credentials);
        if (errors.Count > 0)
        {
            // Field names only: a message could quote a value, and values here are tokens.
            return $"The {connector.Marketplace} answer does not describe a store this hub can use ({string.Join(", ", errors.Select(e => e.Field).Distinct(StringComparer.Ordinal))}).";
        }

        if (string.IsNullOrWhiteSpace(grant.AccountKey) || connector.Account.AccountKey(grant.Settings) is { } key && key != grant.AccountKey)
        {
            return $"The {connector.Marketplace} answer does not name the account it authorized.";
        }

        return (grant.BaseUrl ?? grant.AuthUrl) is not null && !hosts.Value.AllowCustomHosts
            ? $"The {connector.Marketplace} answer names hosts of its own, which this hub does not accept."
            : null;
    }

    private static string? CheckNamedStore(ConsentAuthorization authorization, IMarketplaceConnector connector, StoreSummary? store, ConsentGrant grant)
    {
        if (store is null || store.SellerId != authorization.TenantId || store.Status == StoreStatus.Removed)
        {
            return "The store to re-authorize no longer exists.";
        }

        // A marketplace whose settings name no account (eBay today) cannot tell; every other must match.
        var key = connector.Account.AccountKey(store.Settings);
        return key is null || key == grant.AccountKey
            ? null
            : $"You authorized the {connector.Marketplace} account {grant.AccountKey}, but store '{store.Name}' is the account {key}. Sign in to {connector.Marketplace} as that account and try again.";
    }

    private async Task<StoreSummary?> MatchAsync(Guid tenantId, IMarketplaceConnector connector, string accountKey, CancellationToken cancellationToken) =>
        (await stores.OfAccountAsync(connector, accountKey, cancellationToken)).FirstOrDefault(s => s.SellerId == tenantId);

    private async Task<StoreSummary> CreateAsync(Guid tenantId, IMarketplaceConnector connector, ConsentGrant grant, CancellationToken cancellationToken)
    {
        var name = await UniqueNameAsync(tenantId, connector.Marketplace, grant, cancellationToken);
        var store = await connections.CreateAsync(connector, tenantId, name, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl, cancellationToken);
        if (connector.Capabilities.HasFlag(MarketplaceCapabilities.PullOrders))
        {
            await scheduler.TriggerAsync(store.Id, SyncEntity.Orders, cancellationToken);
        }

        return store;
    }

    /// <summary>The grant's name, or with " (2)", " (3)"... when the tenant already has a store of that name.</summary>
    private async Task<string> UniqueNameAsync(Guid tenantId, string marketplace, ConsentGrant grant, CancellationToken cancellationToken)
    {
        var suggested = new string([.. grant.SuggestedName.Where(c => !char.IsControl(c))]).Trim();
        if (suggested.Length == 0)
        {
            suggested = $"{marketplace} {grant.AccountKey}";
        }

        suggested = suggested.Length > MaxSuggestedNameLength ? suggested[..MaxSuggestedNameLength].TrimEnd() : suggested;
        var name = suggested;
        for (var n = 2; await stores.FindByNameAsync(tenantId, marketplace, name, cancellationToken) is not null; n++)
        {
            name = $"{suggested} ({n})";
        }

        return name;
    }

    private static StoreChanges Reauthorization(ConsentGrant grant) => new(
        Credentials: grant.Credentials,
        BaseUrl: grant.BaseUrl,
        ClearBaseUrl: grant.BaseUrl is null,
        AuthUrl: grant.AuthUrl,
        ClearAuthUrl: grant.AuthUrl is null);
}

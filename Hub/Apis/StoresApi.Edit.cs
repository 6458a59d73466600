using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Apis;

/// <summary>Edit and remove.</summary>
internal static partial class StoresApi
{
    public static async Task<Results<Ok<StoreResource>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateStore(
        Guid id,
        UpdateStoreRequest request,
        IConnectorRegistry connectors,
        IStoreAccountRepository stores,
        StoreConnections connections,
        IOptions<ConnectorHostOptions> hosts,
        CancellationToken cancellationToken)
    {
        var store = await stores.FindAsync(id, cancellationToken);
        if (store is null)
        {
            return TypedResults.NotFound();
        }

        if (store.Status == StoreStatus.Removed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The store was removed.", detail: "A removed store cannot be edited. Purge it (DELETE with ?purge=true) to connect the same account again under its name, or connect it under another name.");
        }

        var errors = new List<(string Field, string Message)>();
        errors.AddRange(StoresValidation.CheckName(request.Name, required: false));
        var baseUrl = ReadHost("baseUrl", request.BaseUrl, store.BaseUrl, hosts.Value.AllowCustomHosts, store.Marketplace, errors);
        var authUrl = ReadHost("authUrl", request.AuthUrl, store.AuthUrl, hosts.Value.AllowCustomHosts, store.Marketplace, errors);
        var settingsFit = StoresValidation.Collect(errors, StoresLimits.CheckSettings(request.Settings));
        var credentials = StoresLimits.ReadCredentials(request.Credentials, errors);
        var connector = connectors.Find(store.Marketplace);
        if (connector is not null && settingsFit && (request.Settings is not null || credentials is not null))
        {
            errors.AddRange(StoresValidation.CheckShape(connector, request.Settings ?? store.Settings, credentials));
        }

        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        if (store.Status == StoreStatus.NeedsReauthorization && request.Paused == false && credentials is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The store needs new credentials.", detail: store.StatusReason);
        }

        var name = request.Name?.Trim();
        if (name is not null && name != store.Name && await stores.FindByNameAsync(store.SellerId, store.Marketplace, name, cancellationToken) is { } other)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A store with this name is already connected.", detail: $"Store {other.Id} is named '{other.Name}'.");
        }

        var changes = new StoreChanges(
            name,
            request.Settings is { } settings && connector is not null ? connector.Account.Normalize(settings) : null,
            credentials,
            request.Paused,
            baseUrl,
            request.BaseUrl?.Length == 0,
            authUrl,
            request.AuthUrl?.Length == 0);
        var updated = await connections.UpdateAsync(store, changes, cancellationToken);
        return updated is null ? TypedResults.NotFound() : TypedResults.Ok(StoreResource.From(updated));
    }

    public static async Task<Results<Ok<StoreRemoved>, NotFound>> RemoveStore(
        Guid id,
        bool? purge,
        IStoreAccountRepository stores,
        ISyncScheduler scheduler,
        CancellationToken cancellationToken)
    {
        if (await stores.FindAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        await scheduler.UnscheduleStoreAsync(id, cancellationToken);
        var done = purge == true
            ? await stores.PurgeAsync(id, cancellationToken)
            : await stores.RemoveAsync(id, cancellationToken);
        return done ? TypedResults.Ok(new StoreRemoved(id, purge == true)) : TypedResults.NotFound();
    }

    /// <summary>An override in an edit: "" removes it, a URL replaces it; a kept override is refused where custom hosts are off.</summary>
    private static Uri? ReadHost(string field, string? value, Uri? current, bool allowCustomHosts, string marketplace, List<(string Field, string Message)> errors)
    {
        if (value is null)
        {
            errors.AddRange(StoresValidation.CheckHost(field, current, allowCustomHosts, marketplace));
            return null;
        }

        if (value.Length == 0)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            errors.Add((field, "Must be an absolute http or https URL, or \"\" to remove the override."));
            return null;
        }

        errors.AddRange(StoresValidation.CheckHost(field, url, allowCustomHosts, marketplace));
        return url;
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

internal static class StoresApi
{
    private const int MaxNameLength = 200;

    public static RouteGroupBuilder MapStoresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stores").WithTags("Stores");
        group.MapPost("/", CreateStore).RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapGet("/", ListStores).RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapGet("/{id:guid}", GetStore).RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapPost("/{id:guid}/sync", TriggerSync).RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        return group;
    }

    public static async Task<Results<Created<CreatedId>, ValidationProblem, ProblemHttpResult>> CreateStore(
        CreateStoreRequest request,
        IConnectorRegistry connectors,
        IStoreAccountRepository stores,
        ISyncScheduler scheduler,
        CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        var connector = string.IsNullOrWhiteSpace(request.Marketplace) ? null : connectors.Find(request.Marketplace);
        if (connector is null)
        {
            errors.Add(("marketplace", $"Required; one of: {string.Join(", ", connectors.Marketplaces.Order(StringComparer.Ordinal))}."));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength)
        {
            errors.Add(("name", $"Required, at most {MaxNameLength} characters."));
        }

        errors.AddRange(CheckUrl("baseUrl", request.BaseUrl));
        errors.AddRange(CheckUrl("authUrl", request.AuthUrl));
        var settings = request.Settings ?? [];
        var credentials = request.Credentials ?? [];
        if (connector is not null)
        {
            var draft = new StoreAccount(Guid.Empty, Sellers.Default, connector.Marketplace, request.Name ?? "", settings, credentials, request.BaseUrl, request.AuthUrl);
            errors.AddRange(connector.Validate(draft).Select(e => (e.Field, e.Message)));
        }

        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        if (await stores.FindByNameAsync(Sellers.Default, connector!.Marketplace, request.Name!.Trim(), cancellationToken) is { } existing)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A store with this name is already connected.",
                detail: $"Store {existing.Id} is the {existing.Marketplace} store named '{existing.Name}'.");
        }

        var created = await stores.CreateAsync(
            new NewStoreAccount(Sellers.Default, connector.Marketplace, request.Name.Trim(), settings, credentials, request.BaseUrl, request.AuthUrl),
            cancellationToken);
        await scheduler.ScheduleStoreAsync(new ScheduledStore(created.Id, created.Marketplace, Paused: false), cancellationToken);

        return TypedResults.Created($"/api/v1/stores/{created.Id}", new CreatedId(created.Id));
    }

    public static async Task<Ok<IReadOnlyList<StoreResource>>> ListStores(IStoreAccountRepository stores, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<StoreResource>>([.. (await stores.ListAsync(cancellationToken)).Select(StoreResource.From)]);

    public static async Task<Results<Ok<StoreResource>, NotFound>> GetStore(Guid id, IStoreAccountRepository stores, CancellationToken cancellationToken) =>
        await stores.FindAsync(id, cancellationToken) is { } store
            ? TypedResults.Ok(StoreResource.From(store))
            : TypedResults.NotFound();

    public static async Task<Results<Accepted<QueuedRun>, NotFound, ValidationProblem>> TriggerSync(
        Guid id,
        string? entity,
        IStoreAccountRepository stores,
        IConnectorRegistry connectors,
        ISyncScheduler scheduler,
        CancellationToken cancellationToken)
    {
        if (!SyncEntities.TryParse(entity, out var syncEntity))
        {
            return Problems.Field("entity", $"Required; one of: {string.Join(", ", SyncEntities.All.Select(SyncEntities.Name))}.");
        }

        var store = await stores.FindAsync(id, cancellationToken);
        if (store is null)
        {
            return TypedResults.NotFound();
        }

        var connector = connectors.Find(store.Marketplace);
        if (connector is null || !connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(syncEntity)))
        {
            return Problems.Field("entity", $"The {store.Marketplace} connector cannot pull {SyncEntities.Name(syncEntity)}.");
        }

        var run = await scheduler.TriggerAsync(id, syncEntity, cancellationToken);
        return TypedResults.Accepted($"/api/v1/sync-runs/{run.Id}", new QueuedRun(run.Id));
    }

    private static IEnumerable<(string, string)> CheckUrl(string field, Uri? url)
    {
        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            yield return (field, "Must be an absolute http or https URL.");
        }
    }
}

using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Infrastructure;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Apis;

internal static partial class StoresApi
{
    public static RouteGroupBuilder MapStoresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stores").WithTags("Stores");
        group.MapPost("/", CreateStore)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(StoresLimits.RequestBodyBytes))
            .WithName("CreateStore")
            .WithSummary("Connect a store")
            .WithDescription("Connects a tenant's store on a marketplace (`tenantId`; the default tenant when left out) and puts its syncs on the schedule. `settings` and `credentials` have the marketplace's shape (one schema per `marketplace`); credentials are encrypted at rest and never returned. `baseUrl`/`authUrl` are accepted only when the hub runs with `Connectors:AllowCustomHosts=true`.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddOpenApiOperationTransformer(StoreRequestSchemas.DescribeCreateAsync);
        group.MapGet("/", ListStores)
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .WithName("ListStores")
            .WithSummary("List connected stores")
            .WithDescription("Every store the key may read (a tenant's key: its own), removed ones included, with its settings and status (Active, Paused, NeedsReauthorization, Removed) and why; never credentials.");
        group.MapGet("/{id:guid}", GetStore)
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .WithName("GetStore")
            .WithSummary("Get one store")
            .WithDescription("One store with its settings and status; never credentials.");
        group.MapPatch("/{id:guid}", UpdateStore)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(StoresLimits.RequestBodyBytes))
            .WithName("UpdateStore")
            .WithSummary("Edit a store")
            .WithDescription("Changes a store's name, settings, credentials, host overrides or paused state; absent fields stay. New credentials clear NeedsReauthorization and resume its syncs from their checkpoints; `paused` pauses or resumes them. Validated like a new store.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddOpenApiOperationTransformer(StoreRequestSchemas.DescribeUpdateAsync);
        group.MapDelete("/{id:guid}", RemoveStore)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithName("RemoveStore")
            .WithSummary("Remove a store")
            .WithDescription("Stops the store's syncs and drops its credentials; the store shows as Removed and its orders, products and inventory stay readable in the feeds. With `purge=true` the store and everything synced for it (orders, products, inventory, quarantine, checkpoints, runs) are deleted.");
        group.MapPost("/{id:guid}/sync", TriggerSync)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithName("TriggerSync")
            .WithSummary("Start a sync now")
            .WithDescription("Queues a run of one entity (orders, catalog or inventory) for an active store; it starts as soon as no other run of the same store and entity is going. Follow the run at the returned location.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Created<CreatedId>, ValidationProblem, ProblemHttpResult>> CreateStore(
        CreateStoreRequest request,
        IConnectorRegistry connectors,
        IStoreAccountRepository stores,
        StoreConnections connections,
        IOptions<ConnectorHostOptions> hosts,
        ITenantDirectory tenants,
        CancellationToken cancellationToken)
    {
        var errors = new List<(string Field, string Message)>();
        var tenantId = request.TenantId ?? Sellers.Default;
        if (request.TenantId is { } named && await tenants.FindTenantAsync(named, cancellationToken) is null)
        {
            errors.Add(("tenantId", $"No tenant {named}; create it at /api/v1/tenants, or leave tenantId out for the default tenant."));
        }

        var connector = string.IsNullOrWhiteSpace(request.Marketplace) ? null : connectors.Find(request.Marketplace);
        if (connector is null)
        {
            errors.Add(("marketplace", $"Required; one of: {string.Join(", ", connectors.Marketplaces.Order(StringComparer.Ordinal))}."));
        }

        errors.AddRange(StoresValidation.CheckName(request.Name, required: true));
        errors.AddRange(StoresValidation.CheckHost("baseUrl", request.BaseUrl, hosts.Value.AllowCustomHosts, connector?.Marketplace));
        errors.AddRange(StoresValidation.CheckHost("authUrl", request.AuthUrl, hosts.Value.AllowCustomHosts, connector?.Marketplace));
        var settingsFit = StoresValidation.Collect(errors, StoresLimits.CheckSettings(request.Settings));
        var read = StoresLimits.ReadCredentials(request.Credentials, errors);
        var credentials = read ?? [];
        if (connector is not null && settingsFit)
        {
            // Credentials that did not fit are already reported; the settings are still checked against the marketplace.
            var credentialsFit = read is not null || request.Credentials is null;
            errors.AddRange(StoresValidation.CheckShape(connector, request.Settings, credentialsFit ? credentials : null));
        }

        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        var name = request.Name!.Trim();
        if (await stores.FindByNameAsync(tenantId, connector!.Marketplace, name, cancellationToken) is { } existing)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A store with this name is already connected.",
                detail: $"Store {existing.Id} is the {existing.Marketplace} store named '{existing.Name}' ({existing.Status}).");
        }

        var created = await connections.CreateAsync(connector, tenantId, name, request.Settings, credentials, request.BaseUrl, request.AuthUrl, cancellationToken);

        return TypedResults.Created($"/api/v1/stores/{created.Id}", new CreatedId(created.Id));
    }

    public static async Task<Ok<IReadOnlyList<StoreResource>>> ListStores(IStoreAccountRepository stores, TenantAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<StoreResource>>([.. (await stores.ListAsync(cancellationToken)).Where(s => access.Owns(s.SellerId)).Select(StoreResource.From)]);

    public static async Task<Results<Ok<StoreResource>, NotFound>> GetStore(Guid id, IStoreAccountRepository stores, TenantAccess access, CancellationToken cancellationToken) =>
        await stores.FindAsync(id, cancellationToken) is { } store && access.Owns(store.SellerId)
            ? TypedResults.Ok(StoreResource.From(store))
            : TypedResults.NotFound();

    public static async Task<Results<Accepted<QueuedRun>, NotFound, ValidationProblem, ProblemHttpResult>> TriggerSync(
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

        if (store.Status != StoreStatus.Active)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"The store is {store.Status}.",
                detail: store.StatusReason);
        }

        var connector = connectors.Find(store.Marketplace);
        if (connector is null || !connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(syncEntity)))
        {
            return Problems.Field("entity", $"The {store.Marketplace} connector cannot pull {SyncEntities.Name(syncEntity)}.");
        }

        var run = await scheduler.TriggerAsync(id, syncEntity, cancellationToken);
        return TypedResults.Accepted($"/api/v1/sync-runs/{run.Id}", new QueuedRun(run.Id));
    }
}

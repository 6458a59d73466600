using CrossBorderHub.Hub.Apis.Resources;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// ERP reads: each feed lists records in change order. Following <c>next</c> until a page comes back empty
/// yields every change exactly once, even while syncs are writing.
/// </summary>
internal static class FeedsApi
{
    public static RouteGroupBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("ERP feeds").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapGet("/orders", ReadOrders)
            .WithName("ReadOrders")
            .WithSummary("Read the orders feed")
            .WithDescription("Orders in change order, `limit` at a time (optionally one store's). Follow `next` (`after=<next>`) until a page comes back empty; keep the last `next` to poll for what changed since.");
        group.MapGet("/orders/{id:guid}", GetOrder)
            .WithName("GetOrder")
            .WithSummary("Get one order")
            .WithDescription("One order in the canonical model, by the hub's id.");
        group.MapGet("/products", ReadProducts)
            .WithName("ReadProducts")
            .WithSummary("Read the catalog feed")
            .WithDescription("Products with their variants in change order, paged like the orders feed.");
        group.MapGet("/inventory", ReadInventory)
            .WithName("ReadInventory")
            .WithSummary("Read the inventory feed")
            .WithDescription("Stock levels per SKU and location in change order, paged like the orders feed.");
        return group;
    }

    public static Task<Results<Ok<FeedPage<OrderResource>>, ValidationProblem, NotFound>> ReadOrders(
        [AsParameters] FeedQuery query, IChangeFeed feed, ITenantReads tenantFeed, TenantAccess access, CancellationToken cancellationToken) =>
        ReadAsync(
            query,
            access,
            (after, limit) => feed.ReadOrdersAsync(after, limit, query.StoreId, cancellationToken),
            (tenant, after, limit) => tenantFeed.ReadOrdersAsync(tenant, after, limit, cancellationToken),
            OrderResource.From,
            cancellationToken);

    public static Task<Results<Ok<FeedPage<ProductResource>>, ValidationProblem, NotFound>> ReadProducts(
        [AsParameters] FeedQuery query, IChangeFeed feed, ITenantReads tenantFeed, TenantAccess access, CancellationToken cancellationToken) =>
        ReadAsync(
            query,
            access,
            (after, limit) => feed.ReadProductsAsync(after, limit, query.StoreId, cancellationToken),
            (tenant, after, limit) => tenantFeed.ReadProductsAsync(tenant, after, limit, cancellationToken),
            ProductResource.From,
            cancellationToken);

    public static Task<Results<Ok<FeedPage<InventoryResource>>, ValidationProblem, NotFound>> ReadInventory(
        [AsParameters] FeedQuery query, IChangeFeed feed, ITenantReads tenantFeed, TenantAccess access, CancellationToken cancellationToken) =>
        ReadAsync(
            query,
            access,
            (after, limit) => feed.ReadInventoryAsync(after, limit, query.StoreId, cancellationToken),
            (tenant, after, limit) => tenantFeed.ReadInventoryAsync(tenant, after, limit, cancellationToken),
            InventoryResource.From,
            cancellationToken);

    public static async Task<Results<Ok<OrderResource>, NotFound>> GetOrder(Guid id, IChangeFeed feed, TenantAccess access, CancellationToken cancellationToken) =>
        await feed.FindOrderAsync(id, cancellationToken) is { } order && await access.CanSeeStoreAsync(order.StoreId, cancellationToken)
            ? TypedResults.Ok(OrderResource.From(order))
            : TypedResults.NotFound();

    /// <summary>A tenant's key reads its own stores: all of them, or the one it names (another tenant's store is a 404).</summary>
    private static async Task<Results<Ok<FeedPage<TResource>>, ValidationProblem, NotFound>> ReadAsync<TView, TResource>(
        FeedQuery query,
        TenantAccess access,
        Func<long, int, Task<ChangePage<TView>>> read,
        Func<Guid, long, int, Task<ChangePage<TView>>> readTenant,
        Func<TView, TResource> toResource,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(out var after, out var limit, out var problem))
        {
            return problem!;
        }

        if (query.StoreId is { } storeId && !await access.CanSeeStoreAsync(storeId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var page = access.Tenant is { } tenant && query.StoreId is null
            ? await readTenant(tenant, after, limit)
            : await read(after, limit);
        return TypedResults.Ok(new FeedPage<TResource>([.. page.Items.Select(toResource)], FeedCursor.Encode(page.Last)));
    }
}

using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>Tenants and their ERP keys, for admins: an ERP key reads only its own tenant's stores and their data.</summary>
internal static class TenantsApi
{
    public static RouteGroupBuilder MapTenantsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tenants").WithTags("Tenants").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapPost("/", CreateTenant)
            .WithName("CreateTenant")
            .WithSummary("Create a tenant")
            .WithDescription("A tenant (seller) owns store accounts (`tenantId` when connecting a store) and ERP keys that read only its data.");
        group.MapGet("/", ListTenants)
            .WithName("ListTenants")
            .WithSummary("List tenants")
            .WithDescription("Every tenant, oldest first; the default tenant owns the configured ERP keys (Auth:ErpKeys) and stores connected without a tenantId.");
        group.MapGet("/{id:guid}", GetTenant)
            .WithName("GetTenant")
            .WithSummary("Get one tenant")
            .WithDescription("One tenant by id.");
        group.MapPost("/{id:guid}/keys", CreateKey)
            .WithName("CreateTenantKey")
            .WithSummary("Issue an ERP key for a tenant")
            .WithDescription("Answers the new key once, in `key`; the hub stores only its SHA-256 and cannot show it again. Send it as X-Api-Key: it reads the tenant's stores, feeds, runs, quarantine and commands, and answers 404 for anyone else's.");
        group.MapGet("/{id:guid}/keys", ListKeys)
            .WithName("ListTenantKeys")
            .WithSummary("List a tenant's ERP keys")
            .WithDescription("The tenant's keys with their names, first characters and when they were created or revoked; never the keys.");
        group.MapDelete("/{id:guid}/keys/{keyId:guid}", RevokeKey)
            .WithName("RevokeTenantKey")
            .WithSummary("Revoke an ERP key")
            .WithDescription("The key stops working at once on this hub and within Tenancy:KeyCacheDuration (default 5 seconds) on every other.");
        return group;
    }

    public static async Task<Results<Created<TenantResource>, ValidationProblem>> CreateTenant(
        CreateTenantRequest request, ITenantDirectory tenants, CancellationToken cancellationToken)
    {
        if (CheckName(request.Name) is { } problem)
        {
            return problem;
        }

        var tenant = await tenants.CreateTenantAsync(request.Name!.Trim(), cancellationToken);
        return TypedResults.Created($"/api/v1/tenants/{tenant.Id}", TenantResource.From(tenant));
    }

    public static async Task<Ok<IReadOnlyList<TenantResource>>> ListTenants(ITenantDirectory tenants, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TenantResource>>([.. (await tenants.ListTenantsAsync(cancellationToken)).Select(TenantResource.From)]);

    public static async Task<Results<Ok<TenantResource>, NotFound>> GetTenant(Guid id, ITenantDirectory tenants, CancellationToken cancellationToken) =>
        await tenants.FindTenantAsync(id, cancellationToken) is { } tenant ? TypedResults.Ok(TenantResource.From(tenant)) : TypedResults.NotFound();

    public static async Task<Results<Created<CreatedApiKey>, ValidationProblem, NotFound>> CreateKey(
        Guid id, CreateApiKeyRequest request, ITenantDirectory tenants, TimeProvider time, CancellationToken cancellationToken)
    {
        if (CheckName(request.Name) is { } problem)
        {
            return problem;
        }

        var secret = ApiKeySecrets.Generate();
        var stored = await tenants.CreateKeyAsync(
            new NewApiKey(id, request.Name!.Trim(), ApiKeySecrets.Hash(secret), ApiKeySecrets.Prefix(secret), time.GetUtcNow()),
            cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created(
            $"/api/v1/tenants/{id}/keys",
            new CreatedApiKey(stored.Id, stored.TenantId, stored.Name, stored.Prefix, stored.CreatedAt, secret));
    }

    public static async Task<Results<Ok<IReadOnlyList<ApiKeyResource>>, NotFound>> ListKeys(Guid id, ITenantDirectory tenants, CancellationToken cancellationToken)
    {
        if (await tenants.FindTenantAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok<IReadOnlyList<ApiKeyResource>>([.. (await tenants.ListKeysAsync(id, cancellationToken)).Select(ApiKeyResource.From)]);
    }

    public static async Task<Results<Ok<ApiKeyResource>, NotFound>> RevokeKey(
        Guid id, Guid keyId, ITenantDirectory tenants, TenantKeyResolver resolver, TimeProvider time, CancellationToken cancellationToken)
    {
        var revoked = await tenants.RevokeKeyAsync(id, keyId, time.GetUtcNow(), cancellationToken);
        resolver.Invalidate();
        return revoked is null ? TypedResults.NotFound() : TypedResults.Ok(ApiKeyResource.From(revoked));
    }

    private static ValidationProblem? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > Tenants.MaxNameLength || name.Any(char.IsControl)
            ? Problems.Field("name", $"Required, 1 to {Tenants.MaxNameLength} printable characters.")
            : null;
}

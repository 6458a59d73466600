using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Onboarding;

/// <summary>One-time onboarding links, for admins: a seller opens one to connect their stores through the marketplaces' consent pages.</summary>
internal static class OnboardingLinksApi
{
    public static RouteGroupBuilder MapOnboardingLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tenants/{id:guid}/onboarding-links").WithTags("Onboarding").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapPost("/", CreateLink)
            .WithName("CreateOnboardingLink")
            .WithSummary("Create a one-time onboarding link for a tenant")
            .WithDescription("Answers the link once, in `url`; the hub stores only the SHA-256 of its token and cannot show it again. `lifetimeSeconds` (optional; default Onboarding:DefaultLinkLifetime, 7 days; at least 300, at most Onboarding:MaxLinkLifetime) bounds when it can be opened. The seller opens it once, in a browser, and connects the tenant's stores through the marketplaces' consent pages.");
        group.MapGet("/", ListLinks)
            .WithName("ListOnboardingLinks")
            .WithSummary("List a tenant's onboarding links")
            .WithDescription("The tenant's links, oldest first, with their status (Open, Used, Revoked, Expired) and times; never the token or URL.");
        group.MapDelete("/{linkId:guid}", RevokeLink)
            .WithName("RevokeOnboardingLink")
            .WithSummary("Revoke an onboarding link")
            .WithDescription("The link can no longer be opened, and a seller session started with it ends at its next page.");
        return group;
    }

    public static async Task<Results<Created<CreatedOnboardingLink>, ValidationProblem, NotFound>> CreateLink(
        Guid id,
        CreateOnboardingLinkRequest? request,
        IOnboardingLinks links,
        IOptions<OnboardingOptions> options,
        PublicBaseUrl baseUrl,
        ILogger<OnboardingLinkResource> logger,
        HttpRequest http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var lifetime = options.Value.DefaultLinkLifetime;
        if (request?.LifetimeSeconds is { } seconds)
        {
            var max = (int)options.Value.MaxLinkLifetime.TotalSeconds;
            var min = (int)OnboardingOptions.MinLinkLifetime.TotalSeconds;
            if (seconds < min || seconds > max)
            {
                return Problems.Field("lifetimeSeconds", $"From {min} to {max} seconds.");
            }

            lifetime = TimeSpan.FromSeconds(seconds);
        }

        var token = ApiKeySecrets.Generate(OnboardingDefaults.TokenMarker);
        var now = time.GetUtcNow();
        var link = await links.CreateAsync(new NewOnboardingLink(id, ApiKeySecrets.Hash(token), now, now + lifetime), cancellationToken);
        if (link is null)
        {
            return TypedResults.NotFound();
        }

        OnboardingLog.Created(logger, link.Id, link.TenantId, link.ExpiresAt);
        var url = new Uri(baseUrl.For(http), $"{OnboardingDefaults.HomePath.TrimStart('/')}/{token}");
        return TypedResults.Created(
            $"/api/v1/tenants/{id}/onboarding-links",
            new CreatedOnboardingLink(link.Id, link.TenantId, url, link.CreatedAt, link.ExpiresAt));
    }

    public static async Task<Results<Ok<IReadOnlyList<OnboardingLinkResource>>, NotFound>> ListLinks(
        Guid id, ITenantDirectory tenants, IOnboardingLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await tenants.FindTenantAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<OnboardingLinkResource>>(
            [.. (await links.ListAsync(id, cancellationToken)).Select(l => OnboardingLinkResource.From(l, now))]);
    }

    public static async Task<Results<Ok<OnboardingLinkResource>, NotFound>> RevokeLink(
        Guid id, Guid linkId, IOnboardingLinks links, TimeProvider time, ILogger<OnboardingLinkResource> logger, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var revoked = await links.RevokeAsync(id, linkId, now, cancellationToken);
        if (revoked is null)
        {
            return TypedResults.NotFound();
        }

        OnboardingLog.Revoked(logger, revoked.Id, revoked.TenantId);
        return TypedResults.Ok(OnboardingLinkResource.From(revoked, now));
    }
}

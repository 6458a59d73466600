using System.Collections.Concurrent;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Consent;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>
/// The consent flow as the onboarding pages see it, without a marketplace: starts are recorded and answered with a
/// loopback consent URL; authorizations are what the test puts in, each visible only to its own tenant.
/// </summary>
internal sealed class FakeConsentFlow : IConsentFlow
{
    public const string ShopDomainField = "shopDomain";

    public static readonly Uri ConsentPage = new("http://127.0.0.1:9/admin/oauth/authorize");

    private readonly ConcurrentDictionary<Guid, ConsentAuthorizationView> _authorizations = new();

    public ConcurrentQueue<ConsentStartRequest> Started { get; } = new();

    public IReadOnlyList<ConsentMarketplace> Marketplaces { get; } =
    [
        new("shopify", [new ConsentInputField(ShopDomainField, "Shop domain", Required: true, Example: "your-store.myshopify.com")]),
    ];

    public Task<ConsentStartResult> StartAsync(ConsentStartRequest request, Uri hubBaseUrl, CancellationToken cancellationToken)
    {
        if (!request.Input.TryGetProperty(ShopDomainField, out var domain) || domain.GetString()?.EndsWith(".myshopify.com", StringComparison.Ordinal) != true)
        {
            return Task.FromResult(new ConsentStartResult(null, null, null, [($"input.{ShopDomainField}", "Give the shop's *.myshopify.com domain.")]));
        }

        Started.Enqueue(request);
        var now = DateTimeOffset.UnixEpoch.AddYears(57);
        var view = Add(new ConsentAuthorizationView(Guid.NewGuid(), request.TenantId, request.Marketplace, "Pending", now, now.AddMinutes(15), null, null));
        return Task.FromResult(new ConsentStartResult(view.Id, new Uri(ConsentPage, $"?state={view.Id:N}"), view.ExpiresAt, []));
    }

    public Task<ConsentOutcome> CompleteAsync(string marketplace, IReadOnlyDictionary<string, string> query, Uri hubBaseUrl, CancellationToken cancellationToken) =>
        Task.FromResult(new ConsentOutcome(null, null, null, false, null, "Not part of the onboarding pages."));

    public Task<ConsentAuthorizationView?> FindAsync(Guid tenantId, Guid authorizationId, CancellationToken cancellationToken) =>
        Task.FromResult(_authorizations.TryGetValue(authorizationId, out var view) && view.TenantId == tenantId ? view : null);

    public ConsentAuthorizationView Add(ConsentAuthorizationView view)
    {
        _authorizations[view.Id] = view;
        return view;
    }

    public ConsentAuthorizationView Completed(Guid tenantId, Guid storeId) =>
        Add(new ConsentAuthorizationView(Guid.NewGuid(), tenantId, "shopify", "Completed", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, storeId, null));

    public ConsentAuthorizationView Failed(Guid tenantId, string reason) =>
        Add(new ConsentAuthorizationView(Guid.NewGuid(), tenantId, "shopify", "Failed", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, reason));
}

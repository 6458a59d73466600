using System.Text.Json;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// Connect a store account. <c>settings</c> and <c>credentials</c> have the marketplace's shape (the OpenAPI document
/// has one per marketplace). <c>tenantId</c> names the tenant that owns it (the default tenant when absent). <c>baseUrl</c>/<c>authUrl</c> replace the marketplace's hosts, only where the hub allows it.
/// </summary>
public sealed record CreateStoreRequest(
    string? Marketplace,
    string? Name,
    JsonElement? Settings,
    JsonElement? Credentials,
    Uri? BaseUrl,
    Uri? AuthUrl,
    Guid? TenantId = null);

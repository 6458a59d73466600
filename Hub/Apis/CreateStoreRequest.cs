namespace CrossBorderHub.Hub.Apis;

/// <summary>Connect a store account. <c>baseUrl</c>/<c>authUrl</c> replace the marketplace's API and token hosts (sandboxes, tests).</summary>
public sealed record CreateStoreRequest(
    string? Marketplace,
    string? Name,
    Dictionary<string, string>? Settings,
    Dictionary<string, string>? Credentials,
    Uri? BaseUrl,
    Uri? AuthUrl);

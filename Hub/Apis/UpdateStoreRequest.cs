using System.Text.Json;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// Edit a store; absent fields stay as they are. <c>settings</c> and <c>credentials</c> replace the whole object.
/// New credentials clear "needs re-authorization"; <c>paused</c> pauses or resumes its syncs; an empty
/// <c>baseUrl</c>/<c>authUrl</c> removes the override.
/// </summary>
public sealed record UpdateStoreRequest(
    string? Name,
    JsonElement? Settings,
    JsonElement? Credentials,
    bool? Paused,
    string? BaseUrl,
    string? AuthUrl);

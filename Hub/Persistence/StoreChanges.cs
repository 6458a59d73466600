using System.Text.Json;

namespace CrossBorderHub.Persistence;

/// <summary>
/// What an edit changes; null leaves a part as it is. New <see cref="Credentials"/> clear "needs re-authorization";
/// <see cref="ClearBaseUrl"/>/<see cref="ClearAuthUrl"/> drop an override.
/// </summary>
public sealed record StoreChanges(
    string? Name = null,
    JsonElement? Settings = null,
    IReadOnlyDictionary<string, string>? Credentials = null,
    bool? Paused = null,
    Uri? BaseUrl = null,
    bool ClearBaseUrl = false,
    Uri? AuthUrl = null,
    bool ClearAuthUrl = false);

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>An LWA access token and when the cache stops handing it out.</summary>
internal sealed record LwaAccessToken(string Value, DateTimeOffset RefreshAt);

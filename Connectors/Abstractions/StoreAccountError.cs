namespace CrossBorderHub.Connectors;

/// <summary>A setting or credential a connector cannot work with; <see cref="Field"/> is e.g. "settings.shopDomain".</summary>
public sealed record StoreAccountError(string Field, string Message);

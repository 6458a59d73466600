namespace CrossBorderHub.Hub.Tenancy;

/// <summary>An ERP key to issue: a name saying which system holds it.</summary>
public sealed record CreateApiKeyRequest(string? Name);

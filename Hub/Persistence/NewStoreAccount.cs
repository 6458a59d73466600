namespace CrossBorderHub.Persistence;

/// <summary>A store account to create; <see cref="Credentials"/> are encrypted before they reach the database.</summary>
public sealed record NewStoreAccount(
    Guid SellerId,
    string Marketplace,
    string Name,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Credentials,
    Uri? BaseUrl,
    Uri? AuthUrl);

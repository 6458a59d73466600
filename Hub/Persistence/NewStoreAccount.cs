using System.Text.Json;
using CrossBorderHub.Connectors;

namespace CrossBorderHub.Persistence;

/// <summary>A store account to create; <see cref="Credentials"/> are encrypted before they reach the database.</summary>
public sealed record NewStoreAccount(
    Guid SellerId,
    string Marketplace,
    string Name,
    JsonElement Settings,
    IReadOnlyDictionary<string, string> Credentials,
    Uri? BaseUrl,
    Uri? AuthUrl)
{
    /// <summary>A store whose settings are all plain strings.</summary>
    public NewStoreAccount(
        Guid sellerId,
        string marketplace,
        string name,
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string> credentials,
        Uri? baseUrl,
        Uri? authUrl)
        : this(sellerId, marketplace, name, StoreAccountJson.ToElement(settings), credentials, baseUrl, authUrl)
    {
    }
}

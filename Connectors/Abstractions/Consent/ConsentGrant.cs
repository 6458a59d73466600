using System.Text.Json;

namespace CrossBorderHub.Connectors;

/// <summary>
/// What a completed consent gives the hub: the store account as <see cref="IMarketplaceConnector.Account"/> describes it
/// (settings and credentials that pass its validation), a name to show until the seller renames it, and the account's
/// identity on the marketplace (<see cref="AccountKey"/>, as <see cref="IStoreAccountDefinition.AccountKey"/> reads it
/// from the settings), so that authorizing the same shop again re-authorizes the existing store instead of adding one.
/// <see cref="BaseUrl"/>/<see cref="AuthUrl"/> are the app's host replacements, when it has any.
/// </summary>
public sealed record ConsentGrant(
    string AccountKey,
    string SuggestedName,
    JsonElement Settings,
    IReadOnlyDictionary<string, string> Credentials,
    Uri? BaseUrl = null,
    Uri? AuthUrl = null);

namespace CrossBorderHub.Connectors;

/// <summary>
/// What a push claims: the marketplace account it is about (<see cref="AccountKey"/>, compared with
/// <see cref="IStoreAccountDefinition.AccountKey"/> of the stores), the marketplace's delivery id when it has one (for
/// de-duplication of redeliveries), its topic or type as the marketplace names it, and which pulls would bring the change
/// in (<see cref="MarketplaceCapabilities.None"/>: nothing to sync, e.g. a test push).
/// </summary>
public sealed record WebhookNotice(string AccountKey, string? DeliveryId, string Topic, MarketplaceCapabilities Pulls);

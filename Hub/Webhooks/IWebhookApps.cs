using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>The hub's own app on a marketplace, whose secret signs the pushes of marketplaces that sign per app.</summary>
internal interface IWebhookApps
{
    /// <summary>The app configured for <paramref name="marketplace"/>, or null when there is none.</summary>
    ConsentApp? Find(string marketplace);
}

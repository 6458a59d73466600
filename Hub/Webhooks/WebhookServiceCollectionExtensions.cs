namespace CrossBorderHub.Hub.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>What the marketplace webhook endpoints need: the inbox that de-duplicates pushes and starts syncs.</summary>
    public static IServiceCollection AddHubWebhooks(this IServiceCollection services) => services.AddSingleton<WebhookInbox>();
}

using System.Net;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A webhook the sandbox delivered: its X-Shopify-Webhook-Id (send it again to simulate a redelivery) and the receiver's answer.</summary>
public sealed record ShopifySandboxWebhook(string WebhookId, HttpStatusCode Status);

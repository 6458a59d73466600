namespace CrossBorderHub.Connectors;

/// <summary>The body (and its content type) of the answer to a marketplace's subscription check.</summary>
public sealed record WebhookChallengeAnswer(string ContentType, string Body);

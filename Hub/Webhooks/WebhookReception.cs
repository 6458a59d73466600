using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>How the hub answers a request to <c>/webhooks/{marketplace}</c>.</summary>
internal enum WebhookReceptionKind
{
    UnknownMarketplace,
    TooLarge,
    Challenge,
    NotAChallenge,
    Refused,
    Accepted,
    Duplicate,
}

/// <summary>The answer, with the challenge answer when there is one.</summary>
internal sealed record WebhookReception(WebhookReceptionKind Kind, WebhookChallengeAnswer? Answer = null);

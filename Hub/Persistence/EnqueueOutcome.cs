namespace CrossBorderHub.Persistence;

public enum EnqueueOutcome
{
    /// <summary>A new command was stored.</summary>
    Created = 0,

    /// <summary>The same request came again under the same Idempotency-Key: the first command is the answer.</summary>
    Replayed = 1,

    /// <summary>The Idempotency-Key was already used for a different request; nothing was stored.</summary>
    KeyReused = 2,
}

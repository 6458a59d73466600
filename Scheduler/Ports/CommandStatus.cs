namespace CrossBorderHub.Scheduler.Ports;

/// <summary>Where a command is in the outbox. Confirmed and Failed are final.</summary>
public enum CommandStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Queued = 0,

    /// <summary>Claimed by a delivery that may be talking to the marketplace now; reclaimed after its lease if that process died.</summary>
    Sending = 1,

    /// <summary>The marketplace accepted it; its answer is stored.</summary>
    Confirmed = 2,

    /// <summary>Refused by the marketplace, or out of attempts; the reason is stored.</summary>
    Failed = 3,
}

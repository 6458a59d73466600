namespace CrossBorderHub.Scheduler.Ports;

/// <summary>What a queued command asks a marketplace to do.</summary>
public enum CommandKind
{
    ConfirmShipment = 0,
    SetStock = 1,
}

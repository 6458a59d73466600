namespace CrossBorderHub.Scheduler;

/// <summary>Asks the outbox job to deliver what is due now, rather than at its next sweep.</summary>
public interface ICommandDelivery
{
    Task DeliverSoonAsync(CancellationToken cancellationToken);
}

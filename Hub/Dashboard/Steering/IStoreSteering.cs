namespace CrossBorderHub.Hub.Dashboard.Steering;

/// <summary>
/// The dashboard's admin actions. <see cref="SchedulerSteering"/> acts on the scheduler directly; an implementation on the
/// hub's admin API can replace it without touching the pages.
/// </summary>
public interface IStoreSteering
{
    Task<SteeringOutcome> RunNowAsync(Guid storeId, string? entity, CancellationToken cancellationToken);

    Task<SteeringOutcome> PauseAsync(Guid storeId, CancellationToken cancellationToken);

    Task<SteeringOutcome> ResumeAsync(Guid storeId, CancellationToken cancellationToken);

    Task<SteeringOutcome> ResendCommandAsync(Guid commandId, CancellationToken cancellationToken);

    Task<SteeringOutcome> RetryQuarantinedAsync(Guid entryId, CancellationToken cancellationToken);
}

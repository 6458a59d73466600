using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>The command a push request became; follow <c>/api/v1/commands/{commandId}</c> for its outcome.</summary>
public sealed record CommandAccepted(Guid CommandId, CommandStatus Status);

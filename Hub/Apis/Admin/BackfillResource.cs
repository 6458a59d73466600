using CrossBorderHub.Scheduler.Steering;

namespace CrossBorderHub.Hub.Apis.Admin;

public sealed record BackfillResource(Guid RunId, BackfillMode Mode);

using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Kit;

internal static partial class KitLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "{Marketplace} {Entity} record {RecordId} quarantined: {Reason}")]
    public static partial void RecordQuarantined(ILogger logger, string marketplace, string entity, string? recordId, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "{Marketplace} {Entity} page: {Items} mapped, {Quarantined} quarantined, checkpoint {Checkpoint}")]
    public static partial void PageMapped(ILogger logger, string marketplace, string entity, int items, int quarantined, string checkpoint);
}

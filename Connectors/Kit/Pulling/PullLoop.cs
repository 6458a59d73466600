using System.Runtime.CompilerServices;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// The loop every pull shares: fetch the page the cursor names, map each record on its own (a record fault
/// quarantines it with its raw payload and reason, and takes back what it appended), tell the cursor each updated-at,
/// and yield the page with the checkpoint to resume after it, until the cursor is done.
/// </summary>
public static class PullLoop
{
    public static async IAsyncEnumerable<SourcePage<TCanonical>> PullAsync<TRaw, TContext, TCanonical>(
        RecordPull<TRaw, TContext, TCanonical> pull,
        PullCursor cursor,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pull);
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(logger);
        while (cursor.Next is { } query)
        {
            var page = await pull.FetchAsync(query, cancellationToken);
            var items = new List<TCanonical>(page.Records.Count);
            var quarantined = new List<QuarantinedRecord>();
            var issues = new List<MappingIssue>();
            foreach (var record in page.Records)
            {
                if (pull.UpdatedAtOf(record) is { } updatedAt)
                {
                    cursor.Saw(updatedAt);
                }

                var itemCount = items.Count;
                var issueCount = issues.Count;
                try
                {
                    await pull.Map(record, page.Context, items, issues, cancellationToken);
                }
                catch (Exception e) when (RecordFaults.IsRecordFault(e))
                {
                    items.RemoveRange(itemCount, items.Count - itemCount);
                    issues.RemoveRange(issueCount, issues.Count - issueCount);
                    var id = pull.IdOf(record);
                    var reason = $"{pull.Label} could not be mapped: {RecordFaults.ReasonOf(e)}";
                    KitLog.RecordQuarantined(logger, pull.Marketplace, pull.Entity, id, reason);
                    quarantined.Add(new QuarantinedRecord(id, pull.PayloadOf(record), reason));
                }
            }

            var checkpoint = cursor.PageDone(page.NextPageToken, page.HasMore);
            KitLog.PageMapped(logger, pull.Marketplace, pull.Entity, items.Count, quarantined.Count, checkpoint);
            yield return new SourcePage<TCanonical>(items, quarantined, issues, checkpoint)
            {
                ThrottleWait = pull.Meter?.Take() ?? TimeSpan.Zero,
            };
        }
    }
}

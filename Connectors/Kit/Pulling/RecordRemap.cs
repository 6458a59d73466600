using System.Text.Json;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// Maps a quarantined record's stored payload (what <see cref="RecordPull{TRaw,TContext,TCanonical}.PayloadOf"/> kept)
/// again through the pull's own <see cref="RecordMapper{TRaw,TContext,TCanonical}"/>, so a retry and a pull cannot
/// disagree. A record fault leaves <c>issues</c> as it found them and propagates, as the pull loop would quarantine it.
/// </summary>
public static class RecordRemap
{
    public static async Task<IReadOnlyList<TCanonical>> MapAsync<TRaw, TContext, TCanonical>(
        string rawPayload,
        Func<string, TRaw> parse,
        TContext context,
        RecordMapper<TRaw, TContext, TCanonical> map,
        List<MappingIssue> issues,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rawPayload);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(issues);
        var issueCount = issues.Count;
        try
        {
            var record = parse(rawPayload);
            var items = new List<TCanonical>(1);
            await map(record, context, items, issues, cancellationToken);
            return items;
        }
        catch (Exception e) when (RecordFaults.IsRecordFault(e))
        {
            issues.RemoveRange(issueCount, issues.Count - issueCount);
            throw;
        }
    }

    /// <summary>A payload kept as a JSON element's raw text, as the element the pull mapped (a malformed one is a record fault).</summary>
    public static JsonElement JsonElementOf(string rawPayload)
    {
        using var document = JsonDocument.Parse(rawPayload);
        return document.RootElement.Clone();
    }
}

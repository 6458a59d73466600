using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Tests.Kit;

/// <summary>
/// A marketplace in memory: pages of records served by page token ("p1", "p2", …) for whatever query comes, and a
/// mapper that writes one row (and one issue) per record's Rows and fails a broken record after writing.
/// </summary>
internal sealed class FakeMarketplace(params IReadOnlyList<FakeRecord>[] pages)
{
    public List<PageQuery> Queries { get; } = [];

    public ThrottleMeter Meter { get; } = new();

    public Func<PageQuery, int, IReadOnlyList<FakeRecord>[]>? PagesFor { get; init; }

    public RecordPull<FakeRecord, string, string> Pull() => new(
        "fake",
        "order",
        FetchAsync,
        Map,
        r => r.Id,
        r => r.UpdatedAt,
        r => $"{{\"id\":\"{r.Id}\"}}")
    {
        Meter = Meter,
    };

    private static ValueTask Map(FakeRecord record, string page, List<string> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        for (var i = 0; i < record.Rows; i++)
        {
            items.Add($"{page}:{record.Id}:{i}");
            issues.Add(new MappingIssue(record.Id, "status", "ODD"));
        }

        return record.Broken ? throw new MappingException($"{record.Id} has no currency.") : ValueTask.CompletedTask;
    }

    private Task<FetchedPage<FakeRecord, string>> FetchAsync(PageQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        Meter.Add(TimeSpan.FromSeconds(2));
        var served = PagesFor?.Invoke(query, Queries.Count) ?? pages;
        var index = query.PageToken is null ? 0 : int.Parse(query.PageToken[1..], System.Globalization.CultureInfo.InvariantCulture);
        var more = index + 1 < served.Length;
        return Task.FromResult(new FetchedPage<FakeRecord, string>(served.Length == 0 ? [] : served[index], $"page{index}", more ? $"p{index + 1}" : null, more));
    }
}

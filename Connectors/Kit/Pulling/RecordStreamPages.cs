using CrossBorderHub.Connectors.Kit.Cursors;

namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// Serves the pull loop pages of at most <c>pageSize</c> records read from a stream (a bulk export read line by line),
/// so a stream goes through the same per-record mapping and quarantine as paging. A page's token is the position after
/// it; the first fetch skips the records before the cursor's position (landed by an earlier run). Only one page is held.
/// </summary>
public sealed class RecordStreamPages<TRaw, TContext> : IAsyncDisposable
{
    private readonly IAsyncEnumerable<TRaw> _records;
    private readonly TContext _context;
    private readonly int _pageSize;
    private IAsyncEnumerator<TRaw>? _enumerator;
    private long _position;
    private TRaw? _pending;
    private bool _hasPending;

    public RecordStreamPages(IAsyncEnumerable<TRaw> records, TContext context, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        _records = records;
        _context = context;
        _pageSize = pageSize;
    }

    /// <summary>Records handed out (or skipped) so far: the position after the last page.</summary>
    public long Position => _position;

    public async Task<FetchedPage<TRaw, TContext>> FetchAsync(PageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_enumerator is null)
        {
            _enumerator = _records.GetAsyncEnumerator(cancellationToken);
            var skip = StreamPosition.Parse(query.PageToken);
            while (_position < skip)
            {
                if (!await _enumerator.MoveNextAsync())
                {
                    throw new InvalidOperationException($"The stream ended after {_position} records, before the {skip} an earlier run landed.");
                }

                _position++;
            }
        }

        var records = new List<TRaw>(_pageSize);
        if (_hasPending)
        {
            records.Add(_pending!);
            _hasPending = false;
            _pending = default;
        }

        while (records.Count < _pageSize && await _enumerator.MoveNextAsync())
        {
            records.Add(_enumerator.Current);
        }

        // One record is read ahead, so the last page says it is the last and no empty page follows it.
        if (records.Count == _pageSize && await _enumerator.MoveNextAsync())
        {
            _pending = _enumerator.Current;
            _hasPending = true;
        }

        _position += records.Count;
        return new FetchedPage<TRaw, TContext>(records, _context, StreamPosition.Format(_position), _hasPending);
    }

    public ValueTask DisposeAsync() => _enumerator?.DisposeAsync() ?? ValueTask.CompletedTask;
}

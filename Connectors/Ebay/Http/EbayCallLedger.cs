using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Calls sent per application (App ID) and API in the current quota window, beside the quota. Until eBay reports a
/// window (getRateLimits), a window is a calendar day in <see cref="EbayOptions.QuotaDayTimeZone"/> and the limit the
/// configured default; once eBay has reported, its limit and reset time hold and what is left is eBay's remaining
/// figure less the calls sent since.
/// </summary>
internal sealed class EbayCallLedger(TimeProvider time, IOptions<EbayOptions> options)
{
    /// <summary>The APIs the connector calls, in the order admins see them.</summary>
    public static readonly IReadOnlyList<string> Apis = [EbayConstants.FulfillmentApi, EbayConstants.InventoryApi, EbayConstants.IdentityApi, EbayConstants.AnalyticsApi];

    private readonly ConcurrentDictionary<(string App, string Api), Window> _windows = new();
    private readonly TimeZoneInfo _day = Zone(options.Value.QuotaDayTimeZone);

    /// <summary>One call of <paramref name="api"/> by application <paramref name="app"/> was sent.</summary>
    public void Count(string app, string api) => For(app, api).Add(time.GetUtcNow());

    /// <summary>What eBay's getRateLimits said of one API: its quota, calls left and when the window resets.</summary>
    public void Observe(string app, string api, long limit, long remaining, DateTimeOffset resetsAt, TimeSpan window) =>
        For(app, api).Observe(time.GetUtcNow(), limit, remaining, resetsAt, window);

    public IReadOnlyList<CallBudget> Budgets(string app)
    {
        var now = time.GetUtcNow();
        return [.. Apis.Select(api => For(app, api).Snapshot(api, $"application {app}", now))];
    }

    private Window For(string app, string api) =>
        _windows.GetOrAdd((app, api), key => new Window(DefaultLimit(key.Api), now => NextMidnight(now)));

    private long DefaultLimit(string api) => api switch
    {
        EbayConstants.FulfillmentApi => options.Value.FulfillmentCallsPerDay,
        EbayConstants.InventoryApi => options.Value.InventoryCallsPerDay,
        EbayConstants.IdentityApi => options.Value.TokenRefreshesPerDay,
        _ => options.Value.AnalyticsCallsPerDay,
    };

    private DateTimeOffset NextMidnight(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _day);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, _day.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private sealed class Window(long defaultLimit, Func<DateTimeOffset, DateTimeOffset> nextDay)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset? _resetsAt;
        private TimeSpan? _length;
        private long _used;
        private long? _limit;
        private long? _remainingAtReport;
        private long _usedAtReport;
        private DateTimeOffset? _reportedAt;

        public void Add(DateTimeOffset now)
        {
            lock (_gate)
            {
                Roll(now);
                _used++;
            }
        }

        public void Observe(DateTimeOffset now, long limit, long remaining, DateTimeOffset resetsAt, TimeSpan length)
        {
            lock (_gate)
            {
                Roll(now);
                if (resetsAt <= now)
                {
                    return;
                }

                (_limit, _remainingAtReport, _usedAtReport, _reportedAt, _resetsAt, _length) = (limit, remaining, _used, now, resetsAt, length > TimeSpan.Zero ? length : null);
            }
        }

        public CallBudget Snapshot(string api, string scope, DateTimeOffset now)
        {
            lock (_gate)
            {
                Roll(now);
                var limit = _limit ?? defaultLimit;
                if (_remainingAtReport is { } reported)
                {
                    var remaining = Math.Max(0, reported - (_used - _usedAtReport));
                    return new CallBudget(api, scope, limit, limit - remaining, remaining, _resetsAt!.Value, CallBudget.FromMarketplace, _reportedAt);
                }

                return new CallBudget(
                    api, scope, limit, _used, Math.Max(0, limit - _used), _resetsAt!.Value, CallBudget.Estimated, null,
                    "Counted by this hub since the window began; other hubs or tools using the same keyset are not counted.");
            }
        }

        /// <summary>A window that has ended starts the next: eBay's length after a reported window, else the next day.</summary>
        private void Roll(DateTimeOffset now)
        {
            if (_resetsAt is { } end && now < end)
            {
                return;
            }

            var next = _resetsAt is { } ended && _length is { } length ? ended + length : nextDay(now);
            while (next <= now)
            {
                next = _length is { } step ? next + step : nextDay(now);
            }

            if (_resetsAt is not null)
            {
                _used = 0;
                _usedAtReport = 0;
                _remainingAtReport = _limit is { } limit && _reportedAt is not null ? limit : null;
            }

            _resetsAt = next;
        }
    }
}

using System.Collections.Concurrent;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// What mutations changed in the generated store: units fulfilled per order line, fulfillments, available quantities
/// set, and the answers given per idempotency key. Later reads show these; tests read them to see what arrived.
/// </summary>
public sealed class ShopifySandboxLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Order, int Line), int> _fulfilled = [];
    private readonly List<ShopifySandboxFulfillment> _fulfillments = [];
    private readonly Dictionary<(int Item, int Location), int> _available = [];
    private readonly Dictionary<(int Item, int Location), DateTimeOffset> _levelUpdatedAt = [];
    private SandboxKey[] _touchedItems = [];
    private readonly List<ShopifySandboxStockSet> _stockSets = [];
    private readonly ConcurrentDictionary<string, (string Variables, byte[] Answer)> _idempotent = new(StringComparer.Ordinal);
    private int _adjustmentGroups;

    public IReadOnlyList<ShopifySandboxFulfillment> Fulfillments
    {
        get
        {
            lock (_gate)
            {
                return [.. _fulfillments];
            }
        }
    }

    public IReadOnlyList<ShopifySandboxStockSet> StockSets
    {
        get
        {
            lock (_gate)
            {
                return [.. _stockSets];
            }
        }
    }

    internal Lock Gate => _gate;

    public int Fulfilled(int order, int line)
    {
        lock (_gate)
        {
            return _fulfilled.TryGetValue((order, line), out var units) ? units : 0;
        }
    }

    public int? Available(int item, int location)
    {
        lock (_gate)
        {
            return _available.TryGetValue((item, location), out var units) ? units : null;
        }
    }

    /// <summary>When a set last changed the item, if one did.</summary>
    public DateTimeOffset? ItemUpdatedAt(int item)
    {
        lock (_gate)
        {
            var touched = Array.FindLast(_touchedItems, t => t.Index == item);
            return touched.At == default ? null : touched.At;
        }
    }

    public DateTimeOffset? LevelUpdatedAt(int item, int location)
    {
        lock (_gate)
        {
            return _levelUpdatedAt.TryGetValue((item, location), out var at) ? at : null;
        }
    }

    /// <summary>Items a set changed, by (updatedAt, index): they move to the end of the updated_at order, as orders do when touched.</summary>
    internal SandboxKey[] TouchedItems()
    {
        lock (_gate)
        {
            return _touchedItems;
        }
    }

    internal bool HasFulfillments(int order)
    {
        lock (_gate)
        {
            return _fulfillments.Count > 0 && _fulfilled.Keys.Any(k => k.Order == order);
        }
    }

    internal IReadOnlyList<ShopifySandboxFulfillment> FulfillmentsOf(string orderId)
    {
        lock (_gate)
        {
            return [.. _fulfillments.Where(f => f.OrderId == orderId)];
        }
    }

    /// <summary>Call under <see cref="Gate"/>, after checking every line against what remains.</summary>
    internal ShopifySandboxFulfillment AddFulfillment(int order, string orderId, IReadOnlyList<(int Line, string LineItemId, int Quantity)> lines, string? company, string? number, string? url, bool notify, DateTimeOffset at)
    {
        foreach (var (line, _, quantity) in lines)
        {
            _fulfilled[(order, line)] = (_fulfilled.TryGetValue((order, line), out var units) ? units : 0) + quantity;
        }

        var fulfillment = new ShopifySandboxFulfillment(
            $"gid://shopify/Fulfillment/{6_000_000 + _fulfillments.Count + 1}",
            orderId,
            company,
            number,
            url,
            notify,
            lines.GroupBy(l => l.LineItemId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal),
            at);
        _fulfillments.Add(fulfillment);
        return fulfillment;
    }

    /// <summary>Call under <see cref="Gate"/>; returns the adjustment group id.</summary>
    internal string SetAvailable(IReadOnlyList<(int Item, int Location, ShopifySandboxStockSet Set)> sets, DateTimeOffset at)
    {
        foreach (var (item, location, set) in sets)
        {
            _available[(item, location)] = set.After;
            _levelUpdatedAt[(item, location)] = at;
            _stockSets.Add(set);
        }

        var changed = sets.Select(s => s.Item).ToHashSet();
        _touchedItems = [.. _touchedItems.Where(t => !changed.Contains(t.Index)).Concat(changed.Select(i => new SandboxKey(at, i))).Order()];

        return $"gid://shopify/InventoryAdjustmentGroup/{7_000_000 + ++_adjustmentGroups}";
    }

    internal bool TryGetAnswer(string key, out (string Variables, byte[] Answer) answer) => _idempotent.TryGetValue(key, out answer);

    internal void RememberAnswer(string key, string variables, byte[] answer) => _idempotent.TryAdd(key, (variables, answer));
}

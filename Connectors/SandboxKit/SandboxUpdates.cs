namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// The few generated records changed after creation: each moves to a later updated-at, so it sorts after the untouched
/// ones. Thread-safe; readers get an immutable sorted snapshot.
/// </summary>
public sealed class SandboxUpdates
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _touched = [];
    private SandboxKey[] _sorted = [];

    public bool IsTouched(int index)
    {
        lock (_gate)
        {
            return _touched.ContainsKey(index);
        }
    }

    /// <summary>The record's updated-at: when it was touched, else <paramref name="created"/>.</summary>
    public DateTimeOffset UpdatedAt(int index, DateTimeOffset created)
    {
        lock (_gate)
        {
            return _touched.TryGetValue(index, out var at) ? at : created;
        }
    }

    public void Touch(int index, DateTimeOffset updatedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        lock (_gate)
        {
            _touched[index] = updatedAt;
            _sorted = [.. _touched.Select(kv => new SandboxKey(kv.Value, kv.Key)).Order()];
        }
    }

    /// <summary>The touched records sorted by (updated-at, index).</summary>
    public SandboxKey[] Snapshot()
    {
        lock (_gate)
        {
            return _sorted;
        }
    }
}

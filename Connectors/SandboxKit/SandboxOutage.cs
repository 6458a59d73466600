namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// A switch for a marketplace that stays down: from a request number on, every answer is one fault until
/// <see cref="End"/>. Unlike a <see cref="SandboxFaultPlan"/> it outlasts any number of retries, so a sync fails
/// midway and a later one finds the marketplace back.
/// </summary>
public sealed class SandboxOutage
{
    private readonly Lock _gate = new();
    private (SandboxFault Fault, int FromRequest)? _current;

    public bool IsActive
    {
        get
        {
            lock (_gate)
            {
                return _current is not null;
            }
        }
    }

    public void Begin(SandboxFault fault, int fromRequest = 1)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(fault, SandboxFault.None);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromRequest, 1);
        lock (_gate)
        {
            _current = (fault, fromRequest);
        }
    }

    public void End()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    /// <summary>The outage's fault for this request, or <see cref="SandboxFault.None"/>.</summary>
    public SandboxFault For(int requestNumber)
    {
        lock (_gate)
        {
            return _current is { } outage && requestNumber >= outage.FromRequest ? outage.Fault : SandboxFault.None;
        }
    }
}

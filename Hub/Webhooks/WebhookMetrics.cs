using System.Diagnostics.Metrics;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>Pushes received, refused (by reason) and recognised as redeliveries, per marketplace (meter <see cref="MeterName"/>).</summary>
internal sealed class WebhookMetrics
{
    public const string MeterName = "CrossBorderHub.Webhooks";

    private readonly Counter<long> _received;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _duplicates;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("cbh.webhooks.received", "{delivery}", "Pushes verified and stored, by marketplace.");
        _refused = meter.CreateCounter<long>("cbh.webhooks.refused", "{delivery}", "Pushes refused, by marketplace and reason (unverified, too_large).");
        _duplicates = meter.CreateCounter<long>("cbh.webhooks.duplicates", "{delivery}", "Verified pushes already received (redeliveries), by marketplace.");
    }

    public void Received(string marketplace) => _received.Add(1, new KeyValuePair<string, object?>("marketplace", marketplace));

    public void Refused(string marketplace, string reason) =>
        _refused.Add(1, new KeyValuePair<string, object?>("marketplace", marketplace), new KeyValuePair<string, object?>("reason", reason));

    public void Duplicate(string marketplace) => _duplicates.Add(1, new KeyValuePair<string, object?>("marketplace", marketplace));
}

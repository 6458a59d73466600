namespace CrossBorderHub.Connectors;

/// <summary>
/// A push as received: the full request URL (as the marketplace called it), method, headers (names case-insensitive, first
/// value of each) and the raw body bytes, untouched, since signatures are computed over them.
/// </summary>
public sealed record WebhookDelivery(Uri Url, string Method, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

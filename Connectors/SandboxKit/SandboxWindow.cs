namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// The time filter of a listing: records updated from <see cref="From"/> (inclusive or not) and before
/// <see cref="Until"/>. Marketplaces spell it differently (Shopify's search syntax, Shopee's 15-day time_from/time_to);
/// each sandbox parses its own spelling into this.
/// </summary>
public sealed record SandboxWindow(DateTimeOffset? From, bool FromInclusive = true, DateTimeOffset? Until = null)
{
    public static SandboxWindow All { get; } = new(From: null);

    public bool StartsBy(DateTimeOffset at) => From is not { } from || (FromInclusive ? at >= from : at > from);

    public bool EndsAfter(DateTimeOffset at) => Until is not { } until || at < until;

    public bool Contains(DateTimeOffset at) => StartsBy(at) && EndsAfter(at);
}

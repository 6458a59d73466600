namespace CrossBorderHub.Connectors;

/// <summary>
/// A marketplace call that failed, in a form the scheduler, run history and command outbox understand. The message
/// keeps the marketplace's error code and message, bounded: never an arbitrary body from the remote host.
/// </summary>
public class MarketplaceException : Exception
{
    /// <summary>The longest message kept; a longer one is cut, so a remote host cannot fill run history.</summary>
    public const int MaxMessageLength = 500;

    public MarketplaceException()
        : this(MarketplaceFailureKind.Unavailable, "", null, "The marketplace call failed.")
    {
    }

    public MarketplaceException(string message)
        : this(MarketplaceFailureKind.Unavailable, "", null, message)
    {
    }

    public MarketplaceException(string message, Exception innerException)
        : this(MarketplaceFailureKind.Unavailable, "", null, message, innerException)
    {
    }

    public MarketplaceException(MarketplaceFailureKind kind, string marketplace, string? code, string message, Exception? innerException = null)
        : base(Bound(message), innerException)
    {
        Kind = kind;
        Marketplace = marketplace;
        Code = code is null ? null : Bound(code, 100);
    }

    public MarketplaceFailureKind Kind { get; }

    public string Marketplace { get; }

    /// <summary>The marketplace's own error code (e.g. "THROTTLED", "InvalidInput", "error_auth"), when it gave one.</summary>
    public string? Code { get; }

    /// <summary>True when retrying later may succeed.</summary>
    public bool IsTransient => Kind is MarketplaceFailureKind.Unavailable or MarketplaceFailureKind.Throttled or MarketplaceFailureKind.MalformedResponse;

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters and drops control characters.</summary>
    public static string Bound(string? text, int max = MaxMessageLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = string.Create(Math.Min(text.Length, max), text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        return text.Length > max ? string.Concat(clean.AsSpan(0, max - 1), "…") : clean;
    }
}

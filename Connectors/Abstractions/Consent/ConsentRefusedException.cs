namespace CrossBorderHub.Connectors;

/// <summary>
/// A consent callback the hub must not act on: its signature does not verify, it is too old, the seller declined, or a
/// value the marketplace always sends is missing. The message is safe to show the seller (no secret, no token).
/// </summary>
public sealed class ConsentRefusedException : Exception
{
    public ConsentRefusedException()
        : this("The marketplace's answer could not be verified.")
    {
    }

    public ConsentRefusedException(string message)
        : base(MarketplaceException.Bound(message))
    {
    }

    public ConsentRefusedException(string message, Exception innerException)
        : base(MarketplaceException.Bound(message), innerException)
    {
    }
}

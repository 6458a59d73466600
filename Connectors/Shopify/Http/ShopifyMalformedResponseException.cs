namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// A 2xx answer whose body is not whole JSON (cut off, garbled). An HttpRequestException so the resilience
/// pipeline retries it like any other failed exchange.
/// </summary>
internal sealed class ShopifyMalformedResponseException : HttpRequestException
{
    public ShopifyMalformedResponseException()
    {
    }

    public ShopifyMalformedResponseException(string message)
        : base(message)
    {
    }

    public ShopifyMalformedResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

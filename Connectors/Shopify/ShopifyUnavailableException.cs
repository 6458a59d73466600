using System.Net;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Shopify kept failing (5xx, 429) after every retry; the sync can run again later from its checkpoint.</summary>
public sealed class ShopifyUnavailableException : Exception
{
    public ShopifyUnavailableException()
    {
    }

    public ShopifyUnavailableException(string message)
        : base(message)
    {
    }

    public ShopifyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ShopifyUnavailableException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode? StatusCode { get; }
}

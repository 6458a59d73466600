using System.Net;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Shopify answered 401 or 403: the access token is wrong, revoked or lacks a scope. Not retried.</summary>
public sealed class ShopifyAuthenticationException : Exception
{
    public ShopifyAuthenticationException()
    {
    }

    public ShopifyAuthenticationException(string message)
        : base(message)
    {
    }

    public ShopifyAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ShopifyAuthenticationException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode? StatusCode { get; }
}

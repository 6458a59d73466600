namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Shopify refused the query (errors[] with a code such as ACCESS_DENIED or undefinedField); retrying will not help.</summary>
public sealed class ShopifyGraphQLException : Exception
{
    public ShopifyGraphQLException()
    {
    }

    public ShopifyGraphQLException(string message)
        : base(message)
    {
    }

    public ShopifyGraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ShopifyGraphQLException(string? code, string message)
        : base($"Shopify GraphQL error {code ?? "(no code)"}: {message}")
    {
        Code = code;
    }

    public string? Code { get; }
}

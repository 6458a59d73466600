namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>How a sandbox bulk operation goes wrong.</summary>
public enum ShopifySandboxBulkFault
{
    None = 0,

    /// <summary>The operation ends FAILED with an errorCode and a partialDataUrl.</summary>
    Failed,

    /// <summary>The operation COMPLETES, but its URL is refused as an expired signed URL (HTTP 400 ExpiredToken).</summary>
    ExpiredUrl,

    /// <summary>The operation COMPLETES, but its file is served cut off halfway (a connection dropped mid-download).</summary>
    TruncatedFile,
}

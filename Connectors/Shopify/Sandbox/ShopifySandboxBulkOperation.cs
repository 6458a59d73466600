namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A bulk operation the sandbox ran, as tests see it.</summary>
public sealed record ShopifySandboxBulkOperation(
    string Id, string Root, string Status, DateTimeOffset CreatedAt, int Polls, bool GroupObjects, int RootObjectCount, int Downloads);

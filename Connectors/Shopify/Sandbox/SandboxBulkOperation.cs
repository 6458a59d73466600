namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>One bulk operation's state; guarded by its own lock, since polls and downloads may overlap.</summary>
internal sealed class SandboxBulkOperation(long number, string root, string query, bool groupObjects, DateTimeOffset createdAt, int rootCount)
{
    public Lock Gate { get; } = new();

    public long Number => number;

    public string Id => $"gid://shopify/BulkOperation/{number}";

    /// <summary>The connection the query reads: orders or products.</summary>
    public string Root => root;

    public string Query => query;

    public bool GroupObjects => groupObjects;

    public DateTimeOffset CreatedAt => createdAt;

    /// <summary>Roots the snapshot holds: those that existed when the operation was created.</summary>
    public int RootCount => rootCount;

    public string Status { get; set; } = "CREATED";

    public int Polls { get; set; }

    public int Downloads { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public byte[]? Jsonl { get; set; }

    public int ObjectCount { get; set; }

    public ShopifySandboxBulkOperation View()
    {
        lock (Gate)
        {
            return new ShopifySandboxBulkOperation(Id, Root, Status, CreatedAt, Polls, GroupObjects, RootCount, Downloads);
        }
    }
}

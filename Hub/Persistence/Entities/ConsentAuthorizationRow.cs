namespace CrossBorderHub.Persistence.Entities;

/// <summary>
/// A consent a tenant started: pending until its callback claims it once (<see cref="ClaimedAt"/>), then completed with
/// the store or failed with a reason safe to show the seller. Holds no secret: the input is what the seller typed.
/// </summary>
internal sealed class ConsentAuthorizationRow
{
    public Guid Id { get; set; }
    public Guid SellerId { get; set; }
    public string Marketplace { get; set; } = "";

    /// <summary>The seller's input (a JSON object), as the connector validated it.</summary>
    public string Input { get; set; } = "{}";

    /// <summary>The store the start asked to re-authorize; null for a new store or one matched by its account.</summary>
    public Guid? ReauthorizeStoreId { get; set; }

    public string? ReturnPath { get; set; }

    /// <summary>The callback the consent URL named: the code exchange must name the same one.</summary>
    public string CallbackUrl { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ConsentAuthorizationStatus Status { get; set; }

    /// <summary>The store created or re-authorized.</summary>
    public Guid? StoreId { get; set; }

    public string? Failure { get; set; }
}

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// How the sandbox runs bulk operations: an operation answers RUNNING to <see cref="RunningPolls"/> polls and until
/// <see cref="RunFor"/> of sandbox-clock time has passed since it was created, then ends as <see cref="Fault"/> says.
/// </summary>
public sealed record ShopifySandboxBulk
{
    public static ShopifySandboxBulk Default { get; } = new();

    public int RunningPolls { get; init; } = 1;

    public TimeSpan RunFor { get; init; } = TimeSpan.Zero;

    public ShopifySandboxBulkFault Fault { get; init; } = ShopifySandboxBulkFault.None;

    /// <summary>The BulkOperationErrorCode a <see cref="ShopifySandboxBulkFault.Failed"/> operation reports.</summary>
    public string FailedErrorCode { get; init; } = "INTERNAL_SERVER_ERROR";

    /// <summary>Bulk queries that may run at once per shop (five from 2026-01); one more is refused with LIMIT_REACHED.</summary>
    public int MaxRunning { get; init; } = 5;
}

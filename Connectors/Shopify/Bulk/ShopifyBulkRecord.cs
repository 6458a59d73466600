using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>
/// One parent from a bulk JSONL with its child lines folded back into its nested connection, shaped as a paged
/// node so the same mapping reads it. <see cref="Defect"/> says why it cannot be trusted (a line that is not JSON,
/// children of another parent); such a record is quarantined with its <see cref="Payload"/>.
/// </summary>
internal sealed record ShopifyBulkRecord(JsonElement Node, string? Defect = null, string? Line = null)
{
    /// <summary>What quarantine keeps: the reassembled JSON, or the line as it came when it was not JSON.</summary>
    public string Payload => Line ?? (Node.ValueKind == JsonValueKind.Undefined ? string.Empty : Node.GetRawText());
}

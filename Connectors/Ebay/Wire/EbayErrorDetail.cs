namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>ErrorDetailV3: one entry of eBay's <c>{"errors":[…]}</c> (and <c>warnings</c>) envelope.</summary>
internal sealed record EbayErrorDetail(
    int? ErrorId,
    string? Domain,
    string? Subdomain,
    string? Category,
    string? Message,
    string? LongMessage,
    IReadOnlyList<EbayErrorParameter>? Parameters);

using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Consent;

/// <summary>A marketplace a seller can connect through consent, and what they fill in before leaving for its page.</summary>
internal sealed record ConsentMarketplace(string Marketplace, IReadOnlyList<ConsentInputField> InputFields);

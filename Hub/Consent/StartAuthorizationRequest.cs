using System.Text.Json;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// Start a consent: <c>marketplace</c> (one of GET /api/v1/consent/marketplaces), <c>input</c> (what that marketplace
/// asks first, e.g. Shopify's shopDomain), <c>storeId</c> to re-authorize a store, <c>returnPath</c> (a local path) the
/// seller's browser goes back to with <c>?authorization={id}</c>.
/// </summary>
public sealed record StartAuthorizationRequest(string? Marketplace, JsonElement? Input, Guid? StoreId, string? ReturnPath);

using System.Text.Json;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// Start a consent for <see cref="TenantId"/> on <see cref="Marketplace"/>. <see cref="StoreId"/> names the tenant's
/// store to re-authorize (null: connect a new one, or re-authorize the store of the same marketplace account when the
/// tenant has it). <see cref="ReturnPath"/> is a local path (starting with one "/") the callback sends the browser to.
/// </summary>
internal sealed record ConsentStartRequest(Guid TenantId, string Marketplace, JsonElement Input, Guid? StoreId = null, string? ReturnPath = null);

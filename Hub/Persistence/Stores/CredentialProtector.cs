using System.Globalization;
using CrossBorderHub.Persistence.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>Encrypts a store's credentials with a Data Protection purpose of its own, so one store's payload cannot open another's.</summary>
internal sealed class CredentialProtector(IDataProtectionProvider provider)
{
    private const string Purpose = "CrossBorderHub.Persistence.StoreCredentials.v1";

    public string Protect(Guid storeId, IReadOnlyDictionary<string, string> credentials)
    {
        var json = Documents.Serialize(
            new Dictionary<string, string>(credentials, StringComparer.Ordinal),
            HubJsonContext.Default.DictionaryStringString);
        return For(storeId).Protect(json);
    }

    public Dictionary<string, string> Unprotect(Guid storeId, string protectedPayload) =>
        Documents.Deserialize(For(storeId).Unprotect(protectedPayload), HubJsonContext.Default.DictionaryStringString);

    private IDataProtector For(Guid storeId) =>
        provider.CreateProtector(Purpose, storeId.ToString("D", CultureInfo.InvariantCulture));
}

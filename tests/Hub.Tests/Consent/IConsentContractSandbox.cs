namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>A marketplace's sandbox running for the consent contract, seen through what the contract needs of it.</summary>
public interface IConsentContractSandbox : IDisposable
{
    /// <summary>
    /// <c>Connect:Apps:{marketplace}</c> for the hub: the app values the sandbox accepts (clientId, clientSecret...) and
    /// ConsentUrl/ApiUrl/AuthUrl pointing at the sandbox.
    /// </summary>
    IReadOnlyDictionary<string, string> App { get; }

    /// <summary>The <c>input</c> of POST /api/v1/tenants/{id}/authorizations for the sandbox's account (an object serialized as JSON).</summary>
    object Input { get; }

    /// <summary>The account's identity, as the connector's <c>AccountKey</c> reads it from the store's settings.</summary>
    string AccountKey { get; }

    /// <summary>Marketplace ids of every order the account holds: what a first orders sync delivers.</summary>
    IReadOnlyList<string> OrderIds { get; }

    /// <summary>
    /// From now on the marketplace refuses every credential it issued so far (the seller revoked the app, a token expired);
    /// credentials a later consent obtains are accepted.
    /// </summary>
    void RefuseCredentials();
}

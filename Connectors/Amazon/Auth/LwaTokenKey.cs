namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>Whose access token: new credentials for a store (re-authorized, rotated secret) get a token of their own.</summary>
internal readonly record struct LwaTokenKey(string StoreKey, Uri AuthUrl, string ClientId, string ClientSecret, string RefreshToken)
{
    public override string ToString() => StoreKey;
}

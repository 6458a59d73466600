namespace CrossBorderHub.Persistence;

/// <summary>Limits shared by the tenant rows and the API that fills them.</summary>
public static class Tenants
{
    public const int MaxNameLength = 200;
}

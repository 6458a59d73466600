namespace CrossBorderHub.Hub.Auth;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string AdminRole = "admin";
    public const string ErpRole = "erp";

    /// <summary>Policy: admin keys only.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>Policy: admin or ERP keys.</summary>
    public const string ReadPolicy = "read";
}

namespace CrossBorderHub.Hub.Infrastructure;

internal static partial class HubLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Database provider {Provider}: migrations applied")]
    public static partial void Migrated(ILogger logger, string provider);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = """

        CrossBorderHub demo is running.
          API:          {ApiUrl}/api/v1
          API document: {ApiUrl}/openapi/v1.json
          Admin key:    {AdminKey}
          ERP key:      {ErpKey}
        {Stores}
          Try:          curl -H "X-Api-Key: {ErpKey}" "{ApiUrl}/api/v1/orders?limit=5"
        """)]
    public static partial void DemoReady(ILogger logger, string apiUrl, string adminKey, string erpKey, string stores);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Data Protection keys in {KeysPath} are written unencrypted: anyone with a copy of them and the database can decrypt every store credential. Configure DataProtection:KeyEncryptionKey, DataProtection:CertificatePath or DataProtection:CertificateThumbprint (see README, Key ring).")]
    public static partial void KeyRingUnprotected(ILogger logger, string keysPath);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Data Protection keys are encrypted at rest ({Protection}: {Where})")]
    public static partial void KeyRingProtected(ILogger logger, string protection, string where);
}

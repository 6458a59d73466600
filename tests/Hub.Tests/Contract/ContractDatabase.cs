namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>The databases every contract scenario runs on.</summary>
public static class ContractDatabase
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
}

using System.Reflection;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Xunit.Sdk;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// The rows of a contract scenario on one database: the database alone, or with each fault kind when
/// <see cref="EachFault"/> is set. PostgreSQL rows are skipped, saying why, on a machine without CBH_TEST_POSTGRES
/// (never under CI), as <see cref="PostgreSqlFactAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ContractDataAttribute : DataAttribute
{
    public static readonly SandboxFault[] FaultKinds =
    [
        SandboxFault.TooManyRequests,
        SandboxFault.InternalServerError,
        SandboxFault.BadGateway,
        SandboxFault.ServiceUnavailable,
        SandboxFault.Timeout,
        SandboxFault.MalformedJson,
        SandboxFault.TruncatedBody,
    ];

    public ContractDataAttribute(string database)
    {
        Database = database;
        if (database == ContractDatabase.PostgreSql && new PostgreSqlFactAttribute().Skip is { } reason)
        {
            Skip = reason;
        }
    }

    public string Database { get; }

    public bool EachFault { get; set; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        EachFault ? FaultKinds.Select(fault => new object[] { Database, fault }) : [[Database]];
}

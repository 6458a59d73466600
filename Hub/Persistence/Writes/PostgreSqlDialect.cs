using System.Globalization;

namespace CrossBorderHub.Persistence.Writes;

internal sealed class PostgreSqlDialect : OnConflictDialect
{
    public override int MaxParameters => 65535;

    // Positional parameters skip Npgsql's rewriting of named ones.
    public override string Placeholder(int index) => string.Create(CultureInfo.InvariantCulture, $"${index + 1}");

    public override string ParameterName(int index) => "";
}

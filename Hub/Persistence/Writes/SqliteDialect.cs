using System.Globalization;

namespace CrossBorderHub.Persistence.Writes;

internal sealed class SqliteDialect : OnConflictDialect
{
    public override int MaxParameters => 32766;

    public override string Placeholder(int index) => string.Create(CultureInfo.InvariantCulture, $"@p{index}");

    public override string ParameterName(int index) => Placeholder(index);

    // Match EF's SQLite mapping: GUIDs as upper-case text, times as unix milliseconds (see SqliteHubDbContext).
    public override object ToDbValue(object? value) => value switch
    {
        Guid id => id.ToString().ToUpperInvariant(),
        DateTimeOffset time => time.ToUnixTimeMilliseconds(),
        _ => base.ToDbValue(value),
    };
}

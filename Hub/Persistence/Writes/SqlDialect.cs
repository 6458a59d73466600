using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>
/// The few statements EF cannot batch for us: multi-row guarded upserts, multi-row inserts and reserving a range of
/// change sequences. Statement text is cached per (table, row count) so a steady page size reuses the same SQL.
/// </summary>
internal abstract class SqlDialect
{
    private const int MaxRowsPerStatement = 1000;
    private readonly ConcurrentDictionary<(string Table, int Rows, bool Upsert), string> statements = new();

    /// <summary>The provider's limit on parameters in one command.</summary>
    public abstract int MaxParameters { get; }

    /// <summary>Returns the counter's new value after adding {0}; parameters: count, counter name.</summary>
    public abstract string ReserveSequencesSql { get; }

    public abstract string Placeholder(int index);

    /// <summary>The name to give the DbParameter at <paramref name="index"/> (empty for positional providers).</summary>
    public abstract string ParameterName(int index);

    public abstract string Quote(string identifier);

    /// <summary>Turns a CLR value into what the provider stores for it in the EF model.</summary>
    public virtual object ToDbValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    public int RowsPerStatement(UpsertTable table) =>
        Math.Clamp((MaxParameters - 16) / table.Columns.Count, 1, MaxRowsPerStatement);

    public string Upsert(UpsertTable table, int rows) =>
        statements.GetOrAdd((table.Name, rows, true), _ => BuildUpsert(table, rows));

    public string Insert(UpsertTable table, int rows) =>
        statements.GetOrAdd((table.Name, rows, false), _ => BuildInsert(table, rows));

    protected abstract string BuildUpsert(UpsertTable table, int rows);

    protected virtual string BuildInsert(UpsertTable table, int rows)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(Quote(table.Name)).Append(" (").Append(ColumnList(table.Columns)).Append(") VALUES ");
        AppendValues(sql, table.Columns.Count, rows);
        return sql.ToString();
    }

    protected string ColumnList(IEnumerable<string> columns, string? prefix = null) =>
        string.Join(", ", columns.Select(c => prefix + Quote(c)));

    protected void AppendValues(StringBuilder sql, int columns, int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                if (column > 0)
                {
                    sql.Append(", ");
                }

                sql.Append(Placeholder((row * columns) + column));
            }

            sql.Append(')');
        }
    }
}

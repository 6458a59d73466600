using System.Globalization;
using System.Text;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>SQL Server: <c>MERGE .. WITH (HOLDLOCK)</c>, the one statement that upserts many rows atomically.</summary>
internal sealed class SqlServerDialect : SqlDialect
{
    public override int MaxParameters => 2100;

    public override string ReserveSequencesSql =>
        $"UPDATE {Quote(Entities.Tables.ChangeCounters)} SET {Quote("value")} = {Quote("value")} + {Placeholder(0)} " +
        $"OUTPUT inserted.{Quote("value")} WHERE {Quote("entity")} = {Placeholder(1)}";

    public override string Placeholder(int index) => string.Create(CultureInfo.InvariantCulture, $"@p{index}");

    public override string ParameterName(int index) => Placeholder(index);

    public override string Quote(string identifier) => $"[{identifier}]";

    protected override string BuildUpsert(UpsertTable table, int rows)
    {
        var sql = new StringBuilder();
        sql.Append("MERGE INTO ").Append(Quote(table.Name)).Append(" WITH (HOLDLOCK) AS t USING (VALUES ");
        AppendValues(sql, table.Columns.Count, rows);
        sql.Append(") AS s (").Append(ColumnList(table.Columns)).Append(") ON ");
        sql.AppendJoin(" AND ", table.Keys.Select(k => $"t.{Quote(k)} = s.{Quote(k)}"));
        sql.Append(" WHEN MATCHED");
        if (table.Guarded)
        {
            var updatedAt = Quote(UpsertTable.UpdatedAt);
            var hash = Quote(UpsertTable.ContentHash);
            sql.Append(" AND (s.").Append(updatedAt).Append(" > t.").Append(updatedAt)
                .Append(" OR (s.").Append(updatedAt).Append(" = t.").Append(updatedAt)
                .Append(" AND s.").Append(hash).Append(" <> t.").Append(hash).Append("))");
        }

        sql.Append(" THEN UPDATE SET ");
        sql.AppendJoin(", ", table.Updates.Select(c => $"{Quote(c)} = s.{Quote(c)}"));
        sql.Append(" WHEN NOT MATCHED THEN INSERT (").Append(ColumnList(table.Columns)).Append(") VALUES (")
            .Append(ColumnList(table.Columns, "s.")).Append(");");
        return sql.ToString();
    }
}

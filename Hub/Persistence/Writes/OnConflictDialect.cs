using System.Text;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>SQLite and PostgreSQL: <c>INSERT .. ON CONFLICT (key) DO UPDATE SET .. WHERE newer</c>.</summary>
internal abstract class OnConflictDialect : SqlDialect
{
    public override string Quote(string identifier) => $"\"{identifier}\"";

    public override string ReserveSequencesSql =>
        $"UPDATE {Quote(Entities.Tables.ChangeCounters)} SET {Quote("value")} = {Quote("value")} + {Placeholder(0)} " +
        $"WHERE {Quote("entity")} = {Placeholder(1)} RETURNING {Quote("value")}";

    protected override string BuildUpsert(UpsertTable table, int rows)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(Quote(table.Name)).Append(" AS t (").Append(ColumnList(table.Columns)).Append(") VALUES ");
        AppendValues(sql, table.Columns.Count, rows);
        sql.Append(" ON CONFLICT (").Append(ColumnList(table.Keys)).Append(") DO UPDATE SET ");
        sql.AppendJoin(", ", table.Updates.Select(c => $"{Quote(c)} = excluded.{Quote(c)}"));
        if (table.Guarded)
        {
            var updatedAt = Quote(UpsertTable.UpdatedAt);
            var hash = Quote(UpsertTable.ContentHash);
            sql.Append(" WHERE excluded.").Append(updatedAt).Append(" > t.").Append(updatedAt)
                .Append(" OR (excluded.").Append(updatedAt).Append(" = t.").Append(updatedAt)
                .Append(" AND excluded.").Append(hash).Append(" <> t.").Append(hash).Append(')');
        }

        return sql.ToString();
    }
}

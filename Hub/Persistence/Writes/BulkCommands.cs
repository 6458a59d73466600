using System.Data.Common;
using System.Globalization;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>Runs a dialect's statements on one open connection and transaction, chunked under the parameter limit.</summary>
internal sealed class BulkCommands(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    /// <summary>Reserves <paramref name="count"/> sequences of <paramref name="counter"/>, returning the first.</summary>
    public async Task<long> ReserveSequencesAsync(string counter, int count, CancellationToken ct)
    {
        await using var command = Create(dialect.ReserveSequencesSql);
        Add(command, 0, count);
        Add(command, 1, counter);
        var top = await command.ExecuteScalarAsync(ct)
            ?? throw new InvalidOperationException($"Change counter '{counter}' is missing; run the migrations.");
        return Convert.ToInt64(top, CultureInfo.InvariantCulture) - count + 1;
    }

    /// <summary>Upserts the rows; returns how many were inserted or changed.</summary>
    public Task<int> UpsertAsync(UpsertTable table, IReadOnlyList<object?[]> rows, CancellationToken ct) =>
        ExecuteAsync(table, rows, dialect.Upsert, ct);

    public Task<int> InsertAsync(UpsertTable table, IReadOnlyList<object?[]> rows, CancellationToken ct) =>
        ExecuteAsync(table, rows, dialect.Insert, ct);

    private async Task<int> ExecuteAsync(
        UpsertTable table,
        IReadOnlyList<object?[]> rows,
        Func<UpsertTable, int, string> statement,
        CancellationToken ct)
    {
        var affected = 0;
        var chunk = dialect.RowsPerStatement(table);
        for (var start = 0; start < rows.Count; start += chunk)
        {
            var count = Math.Min(chunk, rows.Count - start);
            await using var command = Create(statement(table, count));
            var index = 0;
            for (var row = start; row < start + count; row++)
            {
                foreach (var value in rows[row])
                {
                    Add(command, index++, value);
                }
            }

            affected += await command.ExecuteNonQueryAsync(ct);
        }

        return affected;
    }

    private DbCommand Create(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Add(DbCommand command, int index, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = dialect.ParameterName(index);
        parameter.Value = dialect.ToDbValue(value);
        command.Parameters.Add(parameter);
    }
}

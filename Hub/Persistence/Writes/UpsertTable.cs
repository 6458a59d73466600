namespace CrossBorderHub.Persistence.Writes;

/// <summary>
/// What the dialects need to write a table in bulk. <see cref="Guarded"/> tables only take an incoming row when its
/// <c>updated_at</c> is newer, or equal with a different <c>content_hash</c>.
/// </summary>
internal sealed record UpsertTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Keys, bool Guarded)
{
    public const string UpdatedAt = "updated_at";
    public const string ContentHash = "content_hash";

    /// <summary>Columns an update sets: all but the row id and the natural key.</summary>
    public IReadOnlyList<string> Updates { get; } = Columns.Where(c => c != "id" && !Keys.Contains(c)).ToArray();

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table {Name} has no column {column}.", nameof(column));
    }
}

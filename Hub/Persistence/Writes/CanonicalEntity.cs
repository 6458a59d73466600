namespace CrossBorderHub.Persistence.Writes;

/// <summary>How one canonical type lands in its table: natural key, version time and row values.</summary>
internal sealed class CanonicalEntity<T>(
    UpsertTable table,
    string counter,
    Func<T, string> naturalKey,
    Func<T, DateTimeOffset> updatedAt,
    Func<T, Guid, Guid, object?[]> toRow)
{
    public UpsertTable Table { get; } = table;

    /// <summary>Name of the change counter row this table draws its sequences from.</summary>
    public string Counter { get; } = counter;

    public int SequenceColumn { get; } = table.IndexOf("sequence");

    public string NaturalKey(T item) => naturalKey(item);

    public DateTimeOffset UpdatedAt(T item) => updatedAt(item);

    /// <summary>Row values in <see cref="UpsertTable.Columns"/> order, sequence left for the writer to fill in.</summary>
    public object?[] ToRow(T item, Guid storeId, Guid newId) => toRow(item, storeId, newId);
}

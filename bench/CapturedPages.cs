namespace CrossBorderHub.Bench;

/// <summary>
/// A sandbox's answers to the orders query, kept as the bytes it sent, by the page cursor they answer (empty for the
/// first page), and the page sizes they were asked with.
/// </summary>
internal sealed class CapturedPages
{
    private readonly Dictionary<string, byte[]> _answers = new(StringComparer.Ordinal);

    public int First { get; private set; }

    public int LineItems { get; private set; }

    public int Count => _answers.Count;

    public long Bytes { get; private set; }

    public void Expect(int first, int lineItems)
    {
        if (_answers.Count > 0 && (first != First || lineItems != LineItems))
        {
            throw new InvalidOperationException("One capture holds pages of one size.");
        }

        (First, LineItems) = (first, lineItems);
    }

    public void Add(string? after, byte[] answer)
    {
        _answers.Add(after ?? string.Empty, answer);
        Bytes += answer.Length;
    }

    public byte[]? Find(string? after) => _answers.GetValueOrDefault(after ?? string.Empty);
}
